import type { StancePosition } from '../../../model/event.js';
import { MODALS, MODIFIER_WINDOW, NEGATORS } from '../lexicon/modifiers.js';
import type { StanceCandidate, StanceInput, StanceRefiner } from '../stance-input.js';

const FLIP: Readonly<Record<StancePosition, StancePosition>> = {
  support: 'oppose',
  oppose: 'support',
  conditional: 'conditional',
  neutral: 'neutral',
};

/**
 * Negation and modality: a negator within a few tokens before the cue turns the position over ("does not
 * support" → oppose, "never opposed" → support) and takes the negator into the cue; a modal ("would",
 * "could", "likely") keeps the position and marks it hedged. A synthetic negator cue is never flipped again.
 */
export const polarityRefiner: StanceRefiner = (candidates, input) =>
  candidates.map((candidate) => refine(candidate, input));

function refine(candidate: StanceCandidate, input: StanceInput): StanceCandidate {
  const cue = candidate.cueHit;
  const range = input.sentenceTokens[candidate.sentence];
  if (!cue || !range || NEGATORS.has(input.words[cue.start] ?? '')) return candidate;
  let next = candidate;
  for (let at = cue.start - 1; at >= Math.max(range.start, cue.start - MODIFIER_WINDOW); at -= 1) {
    const word = input.words[at] ?? '';
    if (input.mentionOfToken[at] || word === ',') break;
    if (NEGATORS.has(word) && next === candidate) {
      const start = input.tokens[at]!.span.start;
      next = {
        ...next,
        position: FLIP[next.position],
        positionCue: { start, end: next.positionCue?.end ?? input.tokens[cue.end - 1]!.span.end },
      };
    }
    if (MODALS.has(word)) next = { ...next, modal: true };
  }
  return next;
}
