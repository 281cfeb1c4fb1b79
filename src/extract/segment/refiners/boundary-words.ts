import type { Span } from '../../../model/index.js';
import { isWhitespace } from '../is-whitespace.js';

/** Opening quotes and brackets that may stand before a word. */
const OPENERS = /^["'“‘«‹([{]+/u;

/** The letters at the start of a word: "It" in "It's", "The" in "The,". */
const LEADING_LETTERS = /^\p{L}+/u;

/**
 * The last whitespace-delimited chunk of a span, without opening quotes or brackets: "Adm." for "He met
 * (Adm.". Abbreviations are recognised by the chunk that ends a sentence, so this is what the
 * abbreviation lexicon is matched against.
 */
export function lastChunk(text: string, span: Span): string {
  let start = span.end;
  while (start > span.start && !isWhitespace(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, span.end).replace(OPENERS, '');
}

/**
 * The first word of a span: its leading letters after any opening quotes or brackets ("The" for "“The",
 * "It" for "It's"), or "" when it starts with a digit or a symbol.
 */
export function firstWord(text: string, span: Span): string {
  let end = span.start;
  while (end < span.end && !isWhitespace(text.charCodeAt(end))) end += 1;
  const chunk = text.slice(span.start, end).replace(OPENERS, '');
  return LEADING_LETTERS.exec(chunk)?.[0] ?? '';
}
