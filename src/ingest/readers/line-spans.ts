import type { Span } from '../../model/index.js';

/** One line of a text: the span of its content without the line break, and the content trimmed. */
export interface LineSpan {
  /** The line without its terminator. */
  span: Span;
  /** The line without surrounding whitespace; empty for a blank line. */
  trimmed: Span;
}

/**
 * Splits a text into lines on `\n`, `\r\n` or a lone `\r`, keeping every offset into the original text.
 * Readers work on these spans, never on `split()` output, so spans stay right with Windows line endings.
 */
export function lineSpans(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push(makeLine(text, start, m.index));
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push(makeLine(text, start, text.length));
  return lines;
}

function makeLine(text: string, start: number, end: number): LineSpan {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return { span: { start, end }, trimmed: { start: from, end: to } };
}
