import type { Span } from '../../model/index.js';

/**
 * Test helper: the spans of `parts` found one after another in `text`. Tables of expected sentences are
 * written as text; this turns them into the spans segmentation must return, so every test asserts both.
 * Throws when a part is missing, because that is a mistake in the table, not in the code under test.
 */
export function spansOf(text: string, parts: readonly string[]): Span[] {
  let cursor = 0;
  return parts.map((part) => {
    const start = text.indexOf(part, cursor);
    if (start < 0) throw new Error(`table error: "${part}" does not occur after offset ${cursor}`);
    cursor = start + part.length;
    return { start, end: cursor };
  });
}
