import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../pipeline/index.js';
import { createExtractPool } from './extract-pool.js';
import { processDocument } from './process-document.js';
import { readAhead, submitUnsent } from './read-ahead.js';

const INPUT = 'test/fixtures/articles/geneva-framework-talks';

describe('submitUnsent', () => {
  it('sends the articles read before any worker started, once one has, and only those', async () => {
    const pool = createExtractPool(1);
    try {
      expect(pool.ready()).toBe(false);
      const early = await readAhead(INPUT, 0, {}, pool);
      expect(early.articles.length).toBeGreaterThan(0);
      expect(early.articles.every((article) => article.extraction === undefined)).toBe(true);
      submitUnsent([early], pool);
      expect(early.articles.every((article) => article.extraction === undefined)).toBe(true);

      await pool.started();
      pool.setContext({});
      const late = await readAhead(INPUT, 1, {}, pool);
      const sentLate = late.articles.map((article) => article.extraction);
      expect(sentLate.every((extraction) => extraction !== undefined)).toBe(true);
      submitUnsent([early, late], pool);
      expect(late.articles.map((article) => article.extraction)).toEqual(sentLate);
      for (const article of early.articles) {
        if (!article.built.ok) throw new Error('the fixture should build');
        expect(article.extraction).toBeDefined();
        const pooled = await article.extraction!.result;
        const here = processDocument(defaultPipeline(), article.built.doc, {});
        expect(JSON.stringify(pooled.layers.quotes)).toBe(JSON.stringify(here.layers.quotes));
        expect(pooled.published).toEqual(here.published);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);
});
