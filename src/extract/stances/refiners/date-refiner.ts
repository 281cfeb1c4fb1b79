import type { StanceRefiner } from '../stance-input.js';

/** Base confidence of a stance read by a rule. */
const BASE = 0.55;

/**
 * Dates each stance (the quote's date when read from a quote, else the reference date) and scores it: a
 * quote and an explicit cue raise the score; a modal, a hedged cue or a holder found only as the
 * sentence's subject lower it. Scores stay in 0–1 and are rounded to two places.
 */
export const dateRefiner: StanceRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    const quote = candidate.quote === null ? undefined : input.quotes[candidate.quote];
    let score = BASE;
    if (quote) score += quote.kind === 'direct' ? 0.25 : 0.15;
    score += ((candidate.cueHit?.weight ?? 0.6) - 0.6) * 0.5;
    if (candidate.modal) score -= 0.1;
    if (candidate.weakActor) score -= 0.15;
    const confidence = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
    return { ...candidate, date: quote ? quote.date : input.referenceDate, confidence };
  });
