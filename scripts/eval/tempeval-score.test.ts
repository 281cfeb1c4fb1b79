import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { segmentExtractor } from '../../src/extract/segment/index.js';
import type { TimeExpression } from '../../src/model/time.js';
import type { Extractor } from '../../src/pipeline/index.js';
import { buildPipeline } from '../../src/pipeline/index.js';
import { evalTempEval, predictTimexes } from './tempeval-eval.js';
import type { Counts, Timex } from './tempeval-score.js';
import { addCounts, emptyCounts, matchTimexes, scoreTimexes, summarise } from './tempeval-score.js';

const t = (start: number, end: number, value: string | null = 'V', type = 'DATE'): Timex => ({
  start,
  end,
  type,
  value,
});

const counts = (c: Partial<Counts>): Counts => ({ ...emptyCounts(), ...c });

describe('scoreTimexes', () => {
  const cases: { name: string; gold: Timex[]; predicted: Timex[]; want: Counts }[] = [
    {
      name: 'exact match',
      gold: [t(0, 5)],
      predicted: [t(0, 5)],
      want: counts({ gold: 1, predicted: 1, strict: 1, relaxed: 1, value: 1, type: 1 }),
    },
    {
      name: 'overlap only',
      gold: [t(0, 10)],
      predicted: [t(5, 15)],
      want: counts({ gold: 1, predicted: 1, relaxed: 1, value: 1, type: 1 }),
    },
    {
      name: 'touching spans do not overlap',
      gold: [t(0, 5)],
      predicted: [t(5, 9)],
      want: counts({ gold: 1, predicted: 1 }),
    },
    { name: 'miss', gold: [t(0, 5)], predicted: [], want: counts({ gold: 1 }) },
    { name: 'spurious', gold: [], predicted: [t(0, 5)], want: counts({ predicted: 1 }) },
    {
      name: 'two predictions overlap one gold: one match, one spurious',
      gold: [t(0, 10)],
      predicted: [t(0, 3), t(2, 10)],
      want: counts({ gold: 1, predicted: 2, relaxed: 1, value: 1, type: 1 }),
    },
    { name: 'empty inputs', gold: [], predicted: [], want: emptyCounts() },
    {
      name: 'value mismatch',
      gold: [t(0, 5, '1998-01-08')],
      predicted: [t(0, 5, '1998-01')],
      want: counts({ gold: 1, predicted: 1, strict: 1, relaxed: 1, type: 1 }),
    },
    {
      name: 'type mismatch, null predicted value',
      gold: [t(0, 5, 'P3Y', 'DURATION')],
      predicted: [t(0, 5, null, 'DATE')],
      want: counts({ gold: 1, predicted: 1, strict: 1, relaxed: 1 }),
    },
  ];
  it.each(cases)('$name', ({ gold, predicted, want }) => {
    expect(scoreTimexes(gold, predicted)).toEqual(want);
  });
});

describe('matchTimexes', () => {
  it('prefers the largest overlap, then gold order, then prediction order', () => {
    const gold = [t(0, 10), t(8, 20)];
    const predicted = [t(9, 20), t(0, 9)];
    expect(matchTimexes(gold, predicted)).toEqual([
      { gold: 0, predicted: 1 },
      { gold: 1, predicted: 0 },
    ]);
    expect(matchTimexes([t(0, 4)], [t(0, 2), t(2, 4)])).toEqual([{ gold: 0, predicted: 0 }]);
  });
});

describe('summarise', () => {
  it('computes TempEval-3 figures from summed counts', () => {
    const sum = addCounts(
      counts({ gold: 4, predicted: 2, strict: 1, relaxed: 2, value: 1, type: 2 }),
      counts({ gold: 0, predicted: 2, strict: 1, relaxed: 0 }),
    );
    const s = summarise(sum);
    expect(s.strictP).toBeCloseTo(0.5);
    expect(s.strictR).toBeCloseTo(0.5);
    expect(s.strictF1).toBeCloseTo(0.5);
    expect(s.relaxedP).toBeCloseTo(0.5);
    expect(s.relaxedR).toBeCloseTo(0.5);
    expect(s.relaxedF1).toBeCloseTo(0.5);
    expect(s.valueAccuracy).toBeCloseTo(0.5);
    expect(s.valueF1).toBeCloseTo(0.25);
    expect(s.typeAccuracy).toBeCloseTo(1);
  });
  it('is all zero, never NaN, with nothing to score', () => {
    expect(Object.values(summarise(emptyCounts())).every((x) => x === 0)).toBe(true);
  });
});

/** A test-only time extractor: ISO dates and "today" (valued as the reference date). Not registered. */
const fakeTimes: Extractor = {
  name: 'fake-times',
  version: 1,
  requires: [],
  provides: ['times'],
  extract: (doc, ctx) => {
    const times: TimeExpression[] = [];
    for (const m of doc.text.matchAll(/\b(\d{4}-\d{2}-\d{2}|today)\b/g)) {
      const value = m[0] === 'today' ? ctx.referenceDate : m[0];
      const span = { start: m.index, end: m.index + m[0].length };
      times.push({ span, type: 'DATE', value, stated: [], matcher: 'fake' });
    }
    return { times };
  },
};

const FAKE = buildPipeline([segmentExtractor, fakeTimes]);
// Leading blank lines and a run of spaces make cleaning shift offsets, so the map back is exercised.
const TEXT = '\n\nThe council   met today and again on 2001-02-03 for a week.\n';
const gold = (text: string, type: string, value: string): Timex => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, type, value, text };
};
const GOLD: Timex[] = [
  gold('today', 'DATE', '2001-02-03'),
  gold('2001-02-03', 'DATE', '2001-02-03'),
  gold('a week', 'DURATION', 'P1W'),
];

describe('predictTimexes', () => {
  it('maps clean spans back to the input text', () => {
    const got = predictTimexes({ doc_id: 'x', dct: '2001-02-03', text: TEXT }, FAKE);
    expect(got.map((x) => [TEXT.slice(x.start, x.end), x.value])).toEqual([
      ['today', '2001-02-03'],
      ['2001-02-03', '2001-02-03'],
    ]);
  });
});

describe('evalTempEval', () => {
  const shared = mkdtempSync(join(tmpdir(), 'parley-tempeval-'));
  afterAll(() => rmSync(shared, { recursive: true, force: true }));
  const dir = join(shared, 'eval', 'tempeval3-train');
  mkdirSync(dir, { recursive: true });
  const doc = { doc_id: 'd1', dct: '2001-02-03', text: TEXT, timexes: GOLD };
  writeFileSync(join(dir, 'timebank.jsonl'), `${JSON.stringify(doc)}\n`);

  it('scores an in-process pipeline and lists errors', async () => {
    const lines = await evalTempEval(shared, { pipeline: FAKE, errors: 5 });
    const timebank = lines.find((l) => l.includes('timebank.jsonl |')) ?? '';
    expect(timebank).toMatch(/^ {2}timebank\.jsonl \| 1 \| 3 \| 2 \| 100\.0\/66\.7\/80\.0 \| /);
    expect(lines.some((l) => l.includes('aquaint.jsonl: not found'))).toBe(true);
    expect(lines.some((l) => l.includes('HeidelTime 77.6'))).toBe(true);
    expect(lines.filter((l) => l.includes('error d1'))).toEqual([
      '  error d1 dct 2001-02-03: gold "a week" DURATION P1W | predicted (missed)',
    ]);
  });

  it('reports a missing times layer and scores zero predictions', async () => {
    const lines = await evalTempEval(shared, { pipeline: buildPipeline([segmentExtractor]) });
    expect(lines).toContain('  times layer not in the pipeline: 0 predictions');
    expect(lines.find((l) => l.includes('combined |'))).toMatch(
      /combined \| 1 \| 3 \| 0 \| 0\.0\/0\.0\/0\.0/,
    );
  });
});
