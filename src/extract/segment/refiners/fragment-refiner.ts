import type { Span } from '../../../model/index.js';
import type { SentenceRefiner } from './sentence-refiner.js';

/** Any letter or digit: a sentence without one is only punctuation or symbols. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A list marker standing alone: "1.", "2)", "b.", "iv)". */
const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[ivxlc]{1,6}|[IVXLC]{1,6})[.)]$/u;

/**
 * Joins fragments that are not sentences to a neighbour in the same paragraph: a list marker that wink
 * split off ("1." + "The first point.") joins the sentence after it; a piece with no letter or digit (a
 * table's closing "|", a stray quote mark, an emoji) joins the sentence before it, or the one after it
 * when it comes first. A paragraph that is all fragment stays one sentence.
 */
export const fragmentRefiner: SentenceRefiner = (sentences, { text }) => {
  const result: Span[] = [];
  let pending: Span | undefined;
  for (const sentence of sentences) {
    const content = text.slice(sentence.start, sentence.end);
    const start = pending?.start ?? sentence.start;
    pending = undefined;
    const previous = result[result.length - 1];
    if (LIST_MARKER.test(content)) pending = { start, end: sentence.end };
    else if (!WORD_CHARACTER.test(content) && previous !== undefined) previous.end = sentence.end;
    else if (!WORD_CHARACTER.test(content)) pending = { start, end: sentence.end };
    else result.push({ start, end: sentence.end });
  }
  if (pending !== undefined) appendPending(result, pending);
  return result;
};

function appendPending(result: Span[], pending: Span): void {
  const previous = result[result.length - 1];
  if (previous === undefined) result.push(pending);
  else previous.end = pending.end;
}
