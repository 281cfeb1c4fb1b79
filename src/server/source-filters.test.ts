import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';

/** `source` and `minQuality` on the listings of facts, over the two Istanbul sample articles. */
let api: TestApi;
let outlets: Array<{ name: string; articles: Array<{ id: string; score: number | null }> }>;
beforeAll(async () => {
  api = await openTestApi();
  outlets = ((await api.get('/api/sources?limit=500')).body as { items: typeof outlets }).items;
});
afterAll(async () => api.cleanup());

type Page<T> = { items: T[]; total: number };

describe('source and quality filters', () => {
  it('keeps only facts one of whose reports comes from the named outlet', async () => {
    const outlet = outlets.find((o) => o.articles.length > 0)!;
    const docs = new Set(outlet.articles.map((a) => a.id));
    const all = (await api.get('/api/events?limit=500')).body as Page<{ mentions: Array<{ doc: string }> }>;
    const some = (
      await api.get(`/api/events?limit=500&source=${encodeURIComponent(outlet.name.toUpperCase())}`)
    ).body as Page<{ mentions: Array<{ doc: string }> }>;
    expect(some.total).toBe(all.items.filter((e) => e.mentions.some((m) => docs.has(m.doc))).length);
    expect(some.items.every((e) => e.mentions.some((m) => docs.has(m.doc)))).toBe(true);
    const quotes = (await api.get(`/api/quotes?limit=500&source=${encodeURIComponent(outlet.name)}`))
      .body as Page<{ doc: string }>;
    expect(quotes.items.every((q) => docs.has(q.doc))).toBe(true);
    const timeline = (await api.get(`/api/timeline?limit=500&source=${encodeURIComponent(outlet.name)}`))
      .body as Page<{ doc: string }>;
    expect(timeline.total).toBeGreaterThan(0);
    expect(timeline.items.every((t) => docs.has(t.doc))).toBe(true);
  });

  it('finds nothing from an outlet nobody named', async () => {
    expect(((await api.get('/api/stances?source=No%20Such%20Gazette')).body as Page<unknown>).total).toBe(0);
    expect(((await api.get('/api/events?source=No%20Such%20Gazette')).body as Page<unknown>).total).toBe(0);
  });

  it('drops the facts only articles under the quality threshold report', async () => {
    const scores = outlets
      .flatMap((o) => o.articles.map((a) => a.score))
      .filter((s): s is number => s !== null);
    const above = Math.max(...scores) + 0.001;
    if (above <= 1) {
      expect(((await api.get(`/api/quotes?minQuality=${above}`)).body as Page<unknown>).total).toBe(0);
    }
    const all = ((await api.get('/api/quotes?limit=500')).body as Page<unknown>).total;
    expect(((await api.get('/api/quotes?limit=500&minQuality=0')).body as Page<unknown>).total).toBe(all);
  });

  it.each(['minQuality=1.5', 'minQuality=-1', 'minQuality=good', 'source='])(
    'answers 400 for %s',
    async (query) => {
      expect((await api.get(`/api/events?${query}`)).status).toBe(400);
    },
  );
});
