import type { Span } from '../../../model/index.js';
import { isWhitespace } from '../is-whitespace.js';
import { ENDS_QUOTE_OR_QUESTION, LEADING_CLOSERS, TERMINALS } from '../lexicon/punctuation.js';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { mergeAdjacent } from './merge-adjacent.js';
import type { SentenceRefiner } from './sentence-refiner.js';

/** The longest attribution tail, in words, joined back to its quote ("Prime Minister Keir Starmer said."). */
const TAIL_MAX_WORDS = 6;

/** Longer than this, a sentence is not an attribution tail; saves testing long sentences. */
const TAIL_MAX_LENGTH = 120;

/** A capitalised attribution tail: words, then one terminal mark ("Zelensky said.", "Lavrov told reporters."). */
const TAIL = new RegExp(`^\\p{Lu}[^${TERMINALS}]*[${TERMINALS}]$`, 'u');

/**
 * Keeps a quotation and its attribution together, and a closing quote with the sentence it closes:
 * - a closing quote or bracket that wink put at the start of the next sentence (`«Ready.» Then…`) moves
 *   back to the end of the sentence it closes;
 * - a sentence ending in "?" or "!", or in a closing quote after terminal punctuation, joins the next one
 *   when that starts with a lower-case letter (`"What?" he asked.`) or is a short attribution tail
 *   (`“We are ready!” Zelensky said.`).
 * `He said: "We are ready." Then he left.` stays two sentences, the quote closing the first.
 */
export const quoteRefiner: SentenceRefiner = (sentences, { text }) => {
  const moved = moveLeadingClosers(text, sentences);
  return mergeAdjacent(moved, (previous, next) => continuesAfterQuote(text, previous, next));
};

function moveLeadingClosers(text: string, sentences: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const sentence of sentences) {
    const previous = result[result.length - 1];
    const closers = LEADING_CLOSERS.exec(
      text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)),
    );
    if (previous === undefined || closers === null) {
      result.push({ start: sentence.start, end: sentence.end });
      continue;
    }
    const closed = sentence.start + closers[0].length;
    result[result.length - 1] = { start: previous.start, end: closed };
    let start = closed;
    while (start < sentence.end && isWhitespace(text.charCodeAt(start))) start += 1;
    if (start < sentence.end) result.push({ start, end: sentence.end });
  }
  return result;
}

function continuesAfterQuote(text: string, previous: Span, next: Span): boolean {
  const before = text.slice(Math.max(previous.start, previous.end - 8), previous.end);
  const ending = ENDS_QUOTE_OR_QUESTION.exec(before)?.[0];
  if (ending === undefined) return false;
  const after = text.slice(next.start, next.end);
  if (/^\p{Ll}/u.test(after)) return true;
  return ending.length > 1 && isAttributionTail(after, !/^[.…]/u.test(ending));
}

/**
 * Whether a sentence is a short attribution like "Zelensky said." After a quote ending in "?" or "!" the
 * verb of saying may stand anywhere in it; after a full stop only at its end, so that `"We will go." He
 * said it twice.` is not joined.
 */
function isAttributionTail(sentence: string, verbAnywhere: boolean): boolean {
  if (sentence.length > TAIL_MAX_LENGTH || !TAIL.test(sentence)) return false;
  const words = sentence.slice(0, -1).split(/\s+/u);
  if (words.length > TAIL_MAX_WORDS) return false;
  if (!verbAnywhere) return SPEECH_VERBS.has(words[words.length - 1] ?? '');
  return words.some((word) => SPEECH_VERBS.has(word));
}
