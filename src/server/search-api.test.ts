import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../service/search-service.js';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';

/** GET /api/search over the two Istanbul sample articles: facts first, then articles, each cited. */
let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => api.cleanup());

type Page = { items: SearchHit[]; total: number; limit: number; offset: number };

async function search(query: string): Promise<Page> {
  const { status, body } = await api.get(`/api/search?${query}`);
  expect(status).toBe(200);
  return body as Page;
}

describe('/api/search', () => {
  it('finds facts before articles, and every fact cites characters whose words it matched', async () => {
    const page = await search('q=Istanbul&limit=500');
    const kinds = page.items.map((hit) => hit.kind);
    expect(kinds).toContain('event');
    expect(kinds).toContain('document');
    expect(kinds.indexOf('document')).toBeGreaterThan(kinds.lastIndexOf('event'));
    for (const hit of page.items.filter((h) => h.kind !== 'document')) {
      expect(hit.docId).not.toBeNull();
      const doc = await api.store.getDocument(hit.docId!);
      expect(doc?.text.slice(hit.start!, hit.end!).length).toBeGreaterThan(0);
    }
  });

  it('matches every word, folds case and accents, and completes the last word', async () => {
    const all = await search('q=zelen&kind=actor');
    expect(all.items.map((hit) => hit.label).some((label) => /Zelensk/.test(label))).toBe(true);
    expect((await search('q=ZELENSKY&kind=actor')).total).toBeGreaterThan(0);
    expect((await search('q=Zelensky+Lavrov&kind=actor')).total).toBe(0);
  });

  it('filters by kind and pages with a stable total', async () => {
    const quotes = await search('q=talks&kind=quote&limit=500');
    expect(quotes.items.every((hit) => hit.kind === 'quote')).toBe(true);
    const first = await search('q=talks&limit=2&offset=0');
    const second = await search('q=talks&limit=2&offset=2');
    expect(first.total).toBe(second.total);
    expect(first.items.map((h) => h.id)).not.toEqual(second.items.map((h) => h.id));
  });

  it('finds nothing for words in no fact or article', async () => {
    expect((await search('q=xylophone')).total).toBe(0);
  });

  it.each([
    ['', /q: /],
    ['q=', /q: give some words/],
    ['q=%20%20', /q: give some words/],
    ['q=talks&kind=rumour', /kind: /],
    ['q=talks&limit=0', /limit: /],
  ])('answers 400 for %j', async (query, message) => {
    const { status, body } = await api.get(`/api/search?${query}`);
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message).toMatch(message);
  });
});
