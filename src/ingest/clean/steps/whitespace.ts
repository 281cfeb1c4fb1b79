import type { TextEdit } from '../../text-edits.js';
import type { CleaningStep } from '../cleaning-step.js';
import { isBlankRange } from '../lines.js';

interface RawLine {
  start: number;
  end: number;
  next: number;
  blank: boolean;
}

/**
 * Normalises layout, never content: line breaks become `\n` (from `\r\n` or `\r`), each line loses its
 * leading and trailing spaces and tabs, runs of spaces inside a line become one space, blank lines between
 * paragraphs become exactly one, and the text starts and ends with its first and last visible character.
 * Readers put one block a line, so indentation carries nothing. It raises no signals: layout is not
 * content, and every removal of content has been recorded by an earlier step.
 */
export const whitespace: CleaningStep = {
  name: 'whitespace',
  find(text) {
    const lines = splitAnyBreak(text);
    const first = lines.findIndex((line) => !line.blank);
    if (first < 0) return text.length > 0 ? [{ edit: { start: 0, end: text.length, insert: '' } }] : [];
    const last = lines.findLastIndex((line) => !line.blank);
    const edits: TextEdit[] = [];
    for (let k = first; k <= last; k++) {
      const line = lines[k] as RawLine;
      const previous = lines[k - 1];
      if (!line.blank) {
        lineEdits(text, line, k === first ? 0 : line.start, k === last ? text.length : line.end, edits);
      } else if (previous && !previous.blank) {
        if (line.end > line.start) edits.push({ start: line.start, end: line.end, insert: '' });
      } else {
        edits.push({ start: line.start, end: line.next, insert: '' });
        continue;
      }
      if (k < last) breakEdit(text, line, edits);
    }
    return edits.map((edit) => ({ edit }));
  },
};

function splitAnyBreak(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push(rawLine(text, start, match.index, match.index + match[0].length));
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push(rawLine(text, start, text.length, text.length));
  return lines;
}

function rawLine(text: string, start: number, end: number, next: number): RawLine {
  return { start, end, next, blank: isBlankRange(text, start, end) };
}

/** Trims the line (from `trimFrom`, to `trimTo`, which reach the text's ends on the first and last line). */
function lineEdits(text: string, line: RawLine, trimFrom: number, trimTo: number, edits: TextEdit[]): void {
  let start = line.start;
  while (isBlankRange(text, start, start + 1) && start < line.end) start++;
  let end = line.end;
  while (end > start && isBlankRange(text, end - 1, end)) end--;
  if (start > trimFrom) edits.push({ start: trimFrom, end: start, insert: '' });
  const runs = /[ \t]{2,}/g;
  const content = text.slice(start, end);
  for (let match = runs.exec(content); match; match = runs.exec(content)) {
    const runStart = start + match.index;
    const runEnd = runStart + match[0].length;
    if (content.charCodeAt(match.index) === 32) edits.push({ start: runStart + 1, end: runEnd, insert: '' });
    else edits.push({ start: runStart, end: runEnd, insert: ' ' });
  }
  if (trimTo > end) edits.push({ start: end, end: trimTo, insert: '' });
}

function breakEdit(text: string, line: RawLine, edits: TextEdit[]): void {
  if (line.next - line.end === 2) edits.push({ start: line.end, end: line.end + 1, insert: '' });
  else if (text.charCodeAt(line.end) === 13) edits.push({ start: line.end, end: line.next, insert: '\n' });
}
