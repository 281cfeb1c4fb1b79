import { ABBREVIATIONS, AMBIGUOUS_DATE_WORDS, VERB_TAGS } from '../lexicon/false-positive-words.js';
import { tokenIndexAt } from '../sentence-tokens.js';
import type { TimeRefiner } from './time-refiner.js';

/**
 * Drops candidates that are words, not dates: "Talks may resume" (a modal), "Protesters march on the
 * capital" (a verb), "Sun" (a newspaper far more often than a Sunday). A lone "May" or "March" is kept
 * only when capitalised and not tagged AUX or VERB by wink; a lone weekday abbreviation never is. It runs before the overlap merge, so a dropped word cannot hide a true date.
 */
export const falsePositiveRefiner: TimeRefiner = (candidates, sentence) =>
  candidates.filter((candidate) => {
    const text = sentence.text.slice(
      candidate.span.start - sentence.offset,
      candidate.span.end - sentence.offset,
    );
    const word = text.replace(/^(?:on|in)\s+/iu, '');
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (!AMBIGUOUS_DATE_WORDS.has(word.toLowerCase())) return true;
    if (word[0] === word[0]?.toLowerCase()) return false;
    const token = sentence.tokens[tokenIndexAt(sentence.tokens, candidate.span.end - 1)];
    return token === undefined || !VERB_TAGS.has(token.pos);
  });
