import type { TimeCandidate } from '../time-candidate.js';
import type { TimeRefiner } from './time-refiner.js';

/**
 * Which matcher wins when two candidates cover exactly the same characters: the ones built for one
 * kind of expression know its TIMEX3 value better than chrono, which reads "last week" as a day.
 */
const PRIORITY = [
  'matcher/set',
  'matcher/fiscal',
  'matcher/relative',
  'matcher/duration',
  'matcher/year',
  'matcher/chrono',
];

function rank(candidate: TimeCandidate): number {
  const index = PRIORITY.indexOf(candidate.matcher);
  return index < 0 ? PRIORITY.length : index;
}

/**
 * Resolves overlaps: of candidates that share characters, the longest wins ("February 18, 2025" over
 * "2025"); on equal length, the more specific matcher (see `PRIORITY`). The result is sorted by start.
 */
export const overlapRefiner: TimeRefiner = (candidates) => {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      rank(a) - rank(b) ||
      a.span.start - b.span.start,
  );
  const kept: TimeCandidate[] = [];
  for (const candidate of ordered) {
    const overlaps = kept.some((k) => k.span.start < candidate.span.end && candidate.span.start < k.span.end);
    if (!overlaps) kept.push(candidate);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
};
