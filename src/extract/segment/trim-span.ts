import type { Span } from '../../model/index.js';
import { isWhitespace } from './is-whitespace.js';

/**
 * Narrows `[start, end)` past whitespace at both ends; an all-whitespace range becomes empty (start ===
 * end). Every paragraph and sentence span goes through it, so no span starts or ends on a space.
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isWhitespace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to -= 1;
  return { start: from, end: to };
}
