import { trimSpan } from '../trim-span.js';
import type { SentenceRefiner } from './sentence-refiner.js';

/**
 * Trims whitespace from both ends of every sentence and drops sentences left empty. wink's boundaries
 * fall on token edges, but the refiners before this one move edges by characters, so every sentence is
 * trimmed once here rather than in each of them.
 */
export const trimRefiner: SentenceRefiner = (sentences, { text }) =>
  sentences
    .map((sentence) => trimSpan(text, sentence.start, sentence.end))
    .filter((span) => span.end > span.start);
