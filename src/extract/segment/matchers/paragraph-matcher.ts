import type { Paragraph } from '../../../model/index.js';
import { trimSpan } from '../trim-span.js';
import { headingMatcher } from './heading-matcher.js';

/** A line: a run of characters without a line break (LF, CR, or the Unicode line and paragraph separators). */
const LINE = /[^\n\r\u2028\u2029]+/gu;

/**
 * Finds the paragraphs of a clean text: every line holding more than whitespace, its span trimmed of
 * surrounding whitespace, flagged as a heading when {@link headingMatcher} says so. Clean text separates
 * paragraphs by one or more line breaks, and wink does not break sentences at a single newline, so
 * paragraphs are found first and each is segmented on its own.
 */
export function paragraphMatcher(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(LINE)) {
    const span = trimSpan(text, match.index, match.index + match[0].length);
    if (span.end > span.start) {
      paragraphs.push({ span, heading: headingMatcher(text.slice(span.start, span.end)) });
    }
  }
  return paragraphs;
}
