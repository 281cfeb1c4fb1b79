import { describe, expect, it } from 'vitest';
import { firstWords, isBlankRange, splitLines } from './lines.js';

describe('splitLines', () => {
  const cases: Array<{ name: string; text: string; lines: string[]; withBreaks: string[] }> = [
    { name: 'empty text', text: '', lines: [], withBreaks: [] },
    { name: 'no break', text: 'one', lines: ['one'], withBreaks: ['one'] },
    { name: 'LF', text: 'a\n\nb\n', lines: ['a', '', 'b'], withBreaks: ['a\n', '\n', 'b\n'] },
    { name: 'CRLF', text: 'a\r\nb', lines: ['a', 'b'], withBreaks: ['a\r\n', 'b'] },
    { name: 'a lone CR stays in the content', text: 'a\rb\n', lines: ['a\rb'], withBreaks: ['a\rb\n'] },
  ];
  it.each(cases)('$name', ({ text, lines, withBreaks }) => {
    const found = splitLines(text);
    expect(found.map((line) => text.slice(line.start, line.end))).toEqual(lines);
    expect(found.map((line) => text.slice(line.start, line.next))).toEqual(withBreaks);
  });

  it('survives a hostile input: 100,000 empty lines', () => {
    expect(splitLines('\n'.repeat(100_000))).toHaveLength(100_000);
  });
});

describe('isBlankRange and firstWords', () => {
  it('treats only spaces and tabs as blank', () => {
    expect(isBlankRange(' \t ', 0, 3)).toBe(true);
    expect(isBlankRange('a b', 1, 2)).toBe(true);
    expect(isBlankRange(' \u00a0', 0, 2)).toBe(false);
    expect(isBlankRange('x', 0, 0)).toBe(true);
  });

  it('quotes at most the given number of words', () => {
    expect(firstWords('  one  two\nthree four ', 3)).toBe('one two three…');
    expect(firstWords('one two', 3)).toBe('one two');
  });
});
