import { describe, expect, it } from 'vitest';
import type { Document } from '../../model/index.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { runPipeline } from '../../pipeline/runner.js';
import { entityExtractor } from '../entities/index.js';
import { segmentExtractor } from '../segment/index.js';
import { qualityExtractor } from './index.js';
import { CLEAN_ARTICLE, qualityOf } from './quality-of.js';

describe('qualityExtractor', () => {
  it('declares the contract the registry checks', () => {
    expect(qualityExtractor).toMatchObject({
      name: 'quality',
      version: 1,
      requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
      provides: ['quality'],
    });
    expect(() => buildPipeline([segmentExtractor, entityExtractor, qualityExtractor])).not.toThrow();
    expect(() => buildPipeline([segmentExtractor, qualityExtractor])).toThrow();
  });

  it('runs in a pipeline and records itself as producer', () => {
    const text = 'Talks resumed in Oslo on Monday,Norway said.';
    const doc = {
      text,
      layers: {},
      producers: {},
      signals: [],
      published: { value: null, precision: 'unknown', basis: 'unknown' },
      meta: {},
      source: {},
      offsetMap: [[0, 0, text.length]],
    } as unknown as Document;
    const pipeline = buildPipeline([segmentExtractor, entityExtractor, qualityExtractor]);
    const done = runPipeline(pipeline, doc, { referenceDate: null });
    expect(done.producers.quality).toBe('quality@1');
    expect(done.layers.quality?.map((s) => [s.code, s.by])).toEqual([
      ['spacing-errors', 'quality/spacing'],
      ['unattributed', 'quality/provenance'],
      ['undated', 'quality/provenance'],
    ]);
  });

  it('finds nothing on a clean, dated, attributed article', () => {
    expect(qualityOf(CLEAN_ARTICLE)).toEqual([]);
  });

  it('is pure: the same input gives byte-identical output', () => {
    const noisy = `${CLEAN_ARTICLE}\nFrequently Asked Questions\nWhat is a quota?\nWho sets it?`;
    expect(JSON.stringify(qualityOf(noisy))).toBe(JSON.stringify(qualityOf(noisy)));
  });

  it('takes thresholds from ctx.options.quality', () => {
    const found = qualityOf(CLEAN_ARTICLE, { options: { keywordShare: 0.001 } });
    expect(found.map((s) => s.by)).toEqual(['quality/seo-density']);
    expect(found[0]?.detail).toMatch(/"talks" is 3 of \d+ words \(1\.\d%\), above the 0\.1%/u);
  });
});
