import type { SentenceInput, TimeCandidate } from '../time-candidate.js';

/**
 * One ordered step over the candidates of one sentence: it merges, drops or resolves them and returns
 * a new list without mutating its input. Refiners see one sentence, with its tokens and the reference
 * date, because every decision they make (a tag, a tense, an overlap) is local to it.
 */
export type TimeRefiner = (candidates: readonly TimeCandidate[], sentence: SentenceInput) => TimeCandidate[];
