import type { Span } from '../../model/index.js';
import { isWhitespace } from './is-whitespace.js';

/** How far past the expected offset a token's value is searched for when it is not found in place. */
const SEARCH_WINDOW = 64;

/**
 * Gives each wink token its span in `text`. wink reports a token's value and the spaces before it, but
 * not its offset, and it miscounts some whitespace (it caps a run at 65,535 spaces and drops U+2028,
 * U+3000 and U+FEFF), so offsets are recomputed against the text itself:
 * 1. the value at the offset the preceding spaces predict;
 * 2. else the value after skipping whitespace, however long the run;
 * 3. else the value within a short window ahead;
 * 4. else (wink altered the characters) a span at the next non-space character, of the value's length but
 *    stopping before any whitespace.
 * Spans are therefore always in order, never overlap, lie inside `text`, and in cases 1–3 cover exactly
 * the token's value; case 4 keeps the span true to `text` rather than to wink.
 */
export function alignTokens(text: string, values: readonly string[], spaces: readonly string[]): Span[] {
  const spans: Span[] = new Array<Span>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const start = locate(text, value, cursor, cursor + (spaces[i]?.length ?? 0));
    const end = text.startsWith(value, start)
      ? start + value.length
      : stopAtWhitespace(text, start, value.length);
    spans[i] = { start, end };
    cursor = end;
  }
  return spans;
}

function locate(text: string, value: string, cursor: number, expected: number): number {
  if (text.startsWith(value, expected)) return expected;
  const nonSpace = skipWhitespace(text, cursor);
  if (text.startsWith(value, nonSpace)) return nonSpace;
  const found = value.length > 0 ? text.indexOf(value, cursor) : -1;
  if (found >= 0 && found - cursor <= SEARCH_WINDOW) return found;
  return nonSpace;
}

function stopAtWhitespace(text: string, start: number, length: number): number {
  let end = start;
  while (end < text.length && end < start + length && !isWhitespace(text.charCodeAt(end))) end += 1;
  return end;
}

function skipWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
  return index;
}
