import { describe, expect, it } from 'vitest';
import type { TimeCandidate } from '../time-candidate.js';
import { sentenceInputOf, timesOf } from '../times-of.js';
import { overlapRefiner } from './overlap-refiner.js';

const candidate = (start: number, end: number, matcher: string, value: string): TimeCandidate => ({
  span: { start, end },
  type: 'DATE',
  value,
  stated: [],
  matcher,
});

describe('overlapRefiner', () => {
  it.each([
    [
      'the longest wins',
      [candidate(0, 4, 'matcher/year', 'a'), candidate(0, 12, 'matcher/chrono', 'b')],
      ['b'],
    ],
    [
      'on a tie, relative beats chrono',
      [candidate(3, 9, 'matcher/chrono', 'a'), candidate(3, 9, 'matcher/relative', 'b')],
      ['b'],
    ],
    [
      'disjoint ones both stay, in order',
      [candidate(9, 12, 'matcher/year', 'b'), candidate(0, 4, 'matcher/year', 'a')],
      ['a', 'b'],
    ],
  ])('%s', (_, candidates, values) => {
    const kept = overlapRefiner(candidates, sentenceInputOf('unused'));
    expect(kept.map((c) => c.value)).toEqual(values);
  });

  it.each([
    ['The deal was signed on February 25, 2025.', 'February 25, 2025', 23, '2025-02-25', 'matcher/chrono'],
    ['Officials met last week.', 'last week', 14, '2025-W08', 'matcher/relative'],
    ['Russia invaded three years ago.', 'three years ago', 15, '2022', 'matcher/chrono'],
  ])('in the pipeline: %s → %s', (text, found, start, value, matcher) => {
    expect(timesOf(text).map((t) => [t.text, t.span.start, t.value, t.matcher])).toEqual([
      [found, start, value, matcher],
    ]);
  });
});
