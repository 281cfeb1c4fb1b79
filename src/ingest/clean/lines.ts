/**
 * One line of a text: `[start, end)` is its content without the line break, `next` is where the following
 * line starts (after `\n` or `\r\n`), so `[start, next)` removes the line with its break.
 */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/**
 * Splits a text into lines at `\n`; a `\r` right before the `\n` belongs to the break, not the content.
 * Steps that work on whole lines (boilerplate, sponsored notices, residue alone on a line) share this so
 * they agree on what "the line with its break" covers. The last line has `next === end` unless the text
 * ends with a break.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      if (start < text.length) lines.push({ start, end: text.length, next: text.length });
      break;
    }
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    lines.push({ start, end, next: newline + 1 });
    start = newline + 1;
  }
  return lines;
}

/** Whether `text[from, to)` holds only spaces and tabs (or nothing). */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * The first words of a text on one line, for signal details that quote what was removed without
 * reproducing it: whitespace squashed, at most `words` words, an ellipsis when cut.
 */
export function firstWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  const head = all.slice(0, words).join(' ');
  return all.length > words ? `${head}…` : head;
}
