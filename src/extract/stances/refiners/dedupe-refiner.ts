import type { StanceCandidate, StanceRefiner } from '../stance-input.js';

/**
 * One stance per sentence, holder and issue: the most confident (the first on a tie). Output is sorted by
 * evidence start, then issue cue start, for a stable layer.
 */
export const dedupeRefiner: StanceRefiner = (candidates) => {
  const best = new Map<string, StanceCandidate>();
  for (const candidate of candidates) {
    const key = `${candidate.sentence}|${candidate.actor?.entity ?? candidate.actor?.name}|${candidate.issue}`;
    const held = best.get(key);
    if (!held || candidate.confidence > held.confidence) best.set(key, candidate);
  }
  return [...best.values()].sort(
    (a, b) =>
      a.span.start - b.span.start || a.issueCue.start - b.issueCue.start || (a.issue < b.issue ? -1 : 1),
  );
};
