import { isWhitespace } from '../is-whitespace.js';
import { DANGLING_WORDS } from '../lexicon/dangling-words.js';
import { ENDS_WITH_TERMINAL } from '../lexicon/punctuation.js';

/** The longest line, in words, that still reads as a title or subhead. */
export const HEADING_MAX_WORDS = 20;

/** A bulleted or numbered list item: "- …", "• …", "1. …", "2) …", "a) …". */
const LIST_ITEM = /^(?:[-*•·–—+▪►]|\d{1,3}[.)]|[a-z][.)])\s/u;

/** A table row in Markdown or plain text: "| a | b |". */
const TABLE_ROW = /^\|/u;

/** A line that trails off into more text: a comma, semicolon, colon or dash at the end. */
const OPEN_ENDING = /[,;:\-–—]$/u;

/** A letter; the last word of a line is read by scanning back over these. */
const LETTER = /\p{L}/u;

/** The first letter of a line, to check it is a capital. */
const FIRST_LETTER = /\p{L}/u;

/**
 * Whether one trimmed line reads as a title or subhead ("Complexities of Aligning Transatlantic
 * Interests", "Frequently Asked Questions"): no final sentence punctuation, at most
 * {@link HEADING_MAX_WORDS} words, a capital first letter, and neither a list item, a table row, nor a line
 * that trails off (a final comma, colon or dash, or a lower-case function word such as "and"). News text
 * marks headings only by their shape, and a heading must not be read as the start of the sentence after it.
 */
export function headingMatcher(line: string): boolean {
  if (line.length === 0 || countWords(line) > HEADING_MAX_WORDS) return false;
  if (ENDS_WITH_TERMINAL.test(line) || OPEN_ENDING.test(line)) return false;
  if (LIST_ITEM.test(line) || TABLE_ROW.test(line) || DANGLING_WORDS.has(lastWord(line))) return false;
  const letter = FIRST_LETTER.exec(line)?.[0];
  return letter !== undefined && letter !== letter.toLowerCase();
}

/** The letters ending a line ("and" in "Monday and"), or "" when it ends on something else. */
function lastWord(line: string): string {
  let start = line.length;
  while (start > 0 && LETTER.test(line.charAt(start - 1))) start -= 1;
  return line.slice(start);
}

function countWords(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words <= HEADING_MAX_WORDS; i += 1) {
    const space = isWhitespace(line.charCodeAt(i));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}
