import { describe, expect, it } from 'vitest';
import type { Document } from '../model/index.js';
import type { Extractor } from './extractor.js';
import { buildPipeline } from './pipeline.js';
import { rerunForDate, runPipeline } from './runner.js';

/** Counts its runs and writes the reference date it saw, so a test can tell which extractors ran. */
function counting(
  name: string,
  requires: Extractor['requires'],
  provides: Extractor['provides'],
  readsDate: boolean,
) {
  const runs: Array<string | null> = [];
  const extractor: Extractor = {
    name,
    version: 1,
    requires,
    provides,
    readsReferenceDate: readsDate,
    extract: (_doc, ctx) => {
      runs.push(ctx.referenceDate);
      return Object.fromEntries(provides.map((layer) => [layer, []]));
    },
  };
  return { extractor, runs };
}

const base: Document = {
  id: 'd1',
  contentHash: 'h',
  format: 'text',
  text: 'A text.',
  raw: 'A text.',
  offsetMap: [[0, 0, 7]],
  title: null,
  meta: {},
  source: {},
  published: { value: null, precision: 'unknown', basis: 'unknown' },
  locations: [],
  signals: [],
  layers: {},
  producers: {},
};

describe('rerunForDate', () => {
  it('runs again only what reads the date and what reads its layers, keeping the rest', () => {
    const segment = counting('segment', [], ['paragraphs', 'sentences'], false);
    const times = counting('times', ['sentences'], ['times'], true);
    const anchored = counting('anchored', ['times'], ['anchoredTimes'], false);
    const mentions = counting('mentions', ['sentences'], ['mentions'], false);
    const pipeline = buildPipeline([
      segment.extractor,
      times.extractor,
      anchored.extractor,
      mentions.extractor,
    ]);
    const first = runPipeline(pipeline, base, { referenceDate: null });
    const again = rerunForDate(pipeline, first, { referenceDate: '2025-03-04' });
    expect(segment.runs).toEqual([null]);
    expect(mentions.runs).toEqual([null]);
    expect(times.runs).toEqual([null, '2025-03-04']);
    expect(anchored.runs).toEqual([null, '2025-03-04']);
    expect(again.layers.paragraphs).toBe(first.layers.paragraphs);
    expect(again.producers).toEqual(first.producers);
  });
});
