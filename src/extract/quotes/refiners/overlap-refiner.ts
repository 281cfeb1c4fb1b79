import type { QuoteRefiner } from '../quote-input.js';

/**
 * Drops reported speech whose cue already introduces a quote in marks (`He stated, "…"` is one direct
 * quote, not also an indirect one), and sorts by position. Partial quotes inside reported speech stay:
 * "warned that … a 'springboard …'" is both what was reported and the words kept verbatim.
 */
export const overlapRefiner: QuoteRefiner = (candidates) => {
  const cues = new Set(candidates.filter((c) => c.kind === 'direct' && c.cue).map((c) => c.cue!.start));
  return candidates
    .filter((c) => c.marked !== null || c.cue === null || !cues.has(c.cue.start))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
};
