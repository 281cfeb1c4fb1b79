import { describe, expect, it } from 'vitest';
import type { Document } from '../../model/index.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { runPipeline } from '../../pipeline/runner.js';
import { segmentExtractor } from '../segment/index.js';
import { SAMPLE_ARTICLE } from '../segment/sample-article.js';
import { timeExtractor } from './index.js';
import { timesOf } from './times-of.js';

const TEXT =
  'Envoys met in Riyadh on February 18. They will meet again tomorrow, nearly three years after the 2022 invasion.';

describe('timeExtractor', () => {
  it('declares the contract the registry checks', () => {
    expect(timeExtractor).toMatchObject({
      name: 'times',
      version: 1,
      requires: ['sentences', 'tokens'],
      provides: ['times'],
    });
    expect(() => buildPipeline([segmentExtractor, timeExtractor])).not.toThrow();
  });

  it('runs after segment in a pipeline and records itself as producer', () => {
    const doc = { text: TEXT, layers: {}, producers: {} } as unknown as Document;
    const done = runPipeline(buildPipeline([segmentExtractor, timeExtractor]), doc, {
      referenceDate: '2025-02-27',
    });
    expect(done.producers.times).toBe('times@1');
    expect(
      done.layers.times?.map((t) => [TEXT.slice(t.span.start, t.span.end), t.type, t.value, t.matcher]),
    ).toEqual([
      ['February 18', 'DATE', '2025-02-18', 'matcher/chrono'],
      ['tomorrow', 'DATE', '2025-02-28', 'matcher/relative'],
      ['nearly three years', 'DURATION', 'P3Y', 'matcher/duration'],
      ['2022', 'DATE', '2022', 'matcher/year'],
    ]);
  });

  it('with no reference date finds the same spans but invents no relative value', () => {
    expect(timesOf(TEXT, null).map((t) => [t.text, t.value])).toEqual([
      ['February 18', 'XXXX-02-18'],
      ['tomorrow', null],
      ['nearly three years', 'P3Y'],
      ['2022', '2022'],
    ]);
  });

  it('is pure: the same input gives byte-identical output', () => {
    expect(JSON.stringify(timesOf(SAMPLE_ARTICLE))).toBe(JSON.stringify(timesOf(SAMPLE_ARTICLE)));
  });

  it('finds the dates of the sample article', () => {
    const found = timesOf(SAMPLE_ARTICLE).map((t) => [t.text, t.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Tuesday', '2025-02-25'],
        ['Feb. 3', '2025-02-03'],
        ['soon', 'FUTURE_REF'],
      ]),
    );
  });
});
