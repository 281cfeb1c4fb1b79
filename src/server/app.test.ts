import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';
import { listedActor, withListedMentions } from './routes/corpus-routes.js';
import { resolvePack } from '../packs/index.js';

interface Page {
  items: Array<Record<string, unknown>>;
  total: number;
  limit: number;
  offset: number;
}

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => api.cleanup());

const page = async (path: string): Promise<Page> => {
  const { status, body } = await api.get(path);
  expect(status, path).toBe(200);
  return body as Page;
};

/** Every listing route, with a key each of its items must have (so an empty or wrong list fails). */
const LISTINGS: Array<[path: string, key: string, atLeast: number]> = [
  ['/api/documents', 'textLength', 2],
  ['/api/documents?q=Istanbul', 'snippet', 1],
  ['/api/actors', 'aliases', 1],
  ['/api/events', 'lifecycle', 1],
  ['/api/quotes', 'speakerName', 1],
  ['/api/stances', 'issue', 1],
  ['/api/contradictions', 'claims', 0],
  ['/api/sources', 'articles', 1],
  ['/api/timeline', 'value', 1],
];

describe('GET listings', () => {
  it.each(LISTINGS)('%s returns a page of items with %s', async (path, key, atLeast) => {
    const body = await page(path);
    expect(Object.keys(body).sort()).toEqual(['items', 'limit', 'offset', 'total']);
    expect(body).toMatchObject({ limit: 50, offset: 0 });
    expect(body.items.length).toBe(Math.min(body.total, 50));
    expect(body.total).toBeGreaterThanOrEqual(atLeast);
    for (const item of body.items) expect(item).toHaveProperty(key);
  });

  it.each(['/api/documents', '/api/events', '/api/timeline', '/api/actors'])(
    '%s pages: limit=1 then offset=1 gives the next item, total constant',
    async (path) => {
      const all = await page(`${path}?limit=500`);
      expect(all.total).toBeGreaterThanOrEqual(2);
      const first = await page(`${path}?limit=1`);
      const second = await page(`${path}?limit=1&offset=1`);
      expect([first.total, second.total]).toEqual([all.total, all.total]);
      expect([first.items, second.items]).toEqual([all.items.slice(0, 1), all.items.slice(1, 2)]);
      expect(second).toMatchObject({ limit: 1, offset: 1 });
      const past = await page(`${path}?offset=${all.total}`);
      expect(past).toMatchObject({ items: [], total: all.total });
    },
  );

  it('lists at most 20 mentions per actor and event, and 20 sources per role, with counts giving them all', async () => {
    const { buildActorReport } = await import('../service/corpus-service.js');
    const full = new Map(
      (await buildActorReport(api.store, resolvePack('ukraine-peace-talks'))).actors.map((a) => [a.id, a]),
    );
    const listed = (await page('/api/actors?limit=500')).items;
    expect(listed.length).toBe(full.size);
    for (const item of listed) {
      const mentions = full.get(String(item.id))!.mentions;
      expect(item.mentionCount).toBe(mentions.length);
      expect(item.mentions).toEqual(JSON.parse(JSON.stringify(mentions.slice(0, 20))));
    }
    for (const event of (await page('/api/events?limit=500')).items) {
      expect((event.mentions as unknown[]).length).toBe(Math.min(20, Number(event.mentionCount)));
    }
    for (const item of listed) {
      const roles = full.get(String(item.id))!.roles;
      expect(item.roles).toEqual(
        JSON.parse(
          JSON.stringify(
            roles.map((role) => ({
              ...role,
              sources: role.sources.slice(0, 20),
              sourceCount: role.sources.length,
            })),
          ),
        ),
      );
    }
    const cited = {
      id: 'y',
      mentions: [],
      roles: [{ title: 'envoy', sources: Array.from({ length: 30 }, (_, i) => i) }],
    };
    expect(listedActor(cited)).toEqual({
      id: 'y',
      mentions: [],
      mentionCount: 0,
      roles: [{ title: 'envoy', sources: cited.roles[0]!.sources.slice(0, 20), sourceCount: 30 }],
    });
    const many = { id: 'x', mentions: Array.from({ length: 25 }, (_, i) => i) };
    expect(withListedMentions(many)).toEqual({
      id: 'x',
      mentions: many.mentions.slice(0, 20),
      mentionCount: 25,
    });
  });

  it('filters events by kind and by a day range', async () => {
    const all = (await page('/api/events')).items;
    const held = all.find((event) => event.status === 'held');
    expect(held).toBeDefined();
    const kind = String(held?.kind);
    const ofKind = await page(`/api/events?kind=${kind}`);
    expect(ofKind.items.every((event) => event.kind === kind)).toBe(true);
    expect((await page('/api/events?from=2100-01-01')).total).toBe(0);
    expect((await page('/api/events?to=1900-01-01')).total).toBe(0);
    expect((await page('/api/events?actor=nobody-by-this-name')).total).toBe(0);
    expect((await page('/api/timeline?from=2100-01-01')).total).toBe(0);
  });

  it('searches the full text with q and finds nothing for an absent word', async () => {
    const hits = await page('/api/documents?q=Istanbul');
    expect(hits.items.every((hit) => api.documentIds.includes(String(hit.id)))).toBe(true);
    expect((await page('/api/documents?q=zebrafishery')).total).toBe(0);
  });
});

describe('GET /api/documents/{id} and /api/brief', () => {
  it('returns a stored document, and 404 with a coded error for an unknown id', async () => {
    const id = api.documentIds[0] ?? '';
    const found = await api.get(`/api/documents/${encodeURIComponent(id)}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id });
    expect(typeof (found.body as { text: unknown }).text).toBe('string');
    const missing = await api.get('/api/documents/no-such-document');
    expect(missing).toEqual({
      status: 404,
      body: { error: { code: 'E_NOT_FOUND', message: 'no document with id no-such-document' } },
    });
  });

  it('returns the brief object, not a page; minQuality=1 leaves out every scored article', async () => {
    const { status, body } = await api.get('/api/brief');
    expect(status).toBe(200);
    expect(body).toHaveProperty('keyPoints');
    expect(body).toHaveProperty('sources.used');
    expect(body).not.toHaveProperty('items');
    const strict = (await api.get('/api/brief?minQuality=1')).body as { sources: { leftOut: unknown[] } };
    const loose = (await api.get('/api/brief?minQuality=0')).body as { sources: { leftOut: unknown[] } };
    expect(loose.sources.leftOut).toEqual([]);
    expect(strict.sources.leftOut.length).toBeGreaterThan(0);
  });
});
