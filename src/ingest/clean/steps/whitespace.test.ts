import { describe, expect, it } from 'vitest';
import { cleanWith } from '../test-cleaning.js';
import { whitespace } from './whitespace.js';

describe('whitespace: normalises layout without signals', () => {
  const cases: Array<{ name: string; raw: string; clean: string }> = [
    { name: 'runs of spaces inside a line', raw: 'peace   talks  resume', clean: 'peace talks resume' },
    { name: 'a mixed run starting with a space', raw: 'a \t b', clean: 'a b' },
    { name: 'a run of tabs', raw: 'a\t\tb', clean: 'a b' },
    { name: 'trailing spaces and tabs', raw: 'line \t \nnext  ', clean: 'line\nnext' },
    { name: 'leading indentation', raw: '   indented\n\tagain', clean: 'indented\nagain' },
    { name: 'three or more line breaks', raw: 'a\n\n\n\nb', clean: 'a\n\nb' },
    { name: 'blank lines holding spaces', raw: 'a\n \t \n  \n\nb', clean: 'a\n\nb' },
    { name: 'CRLF', raw: 'a\r\nb\r\n\r\nc', clean: 'a\nb\n\nc' },
    { name: 'lone CR', raw: 'a\rb', clean: 'a\nb' },
    { name: 'leading and trailing blank lines', raw: '\n\n  a\n\n b \n\n', clean: 'a\n\nb' },
    { name: 'only whitespace', raw: ' \n\t\r\n ', clean: '' },
  ];

  it.each(cases)('$name', ({ raw, clean }) => {
    const result = cleanWith(whitespace, raw);
    expect(result.text).toBe(clean);
    expect(result.signals).toEqual([]);
  });

  it('keeps the first space of a run, so it stays a copied character', () => {
    const result = cleanWith(whitespace, 'a   b');
    expect(Array.from(result.map)).toEqual([0, 1, 4, 5]);
  });

  it('survives a hostile input: 100,000 spaces, then 100,000 line breaks, then one word', () => {
    const raw = `${' '.repeat(100_000)}${'\n'.repeat(100_000)}word`;
    expect(cleanWith(whitespace, raw).text).toBe('word');
  });
});

describe('whitespace: negative cases', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    { name: 'single line breaks', raw: 'a\nb\nc' },
    { name: 'one blank line between paragraphs', raw: 'a\n\nb' },
    { name: 'a single tab inside a line', raw: 'name\tvalue' },
    { name: 'non-breaking text', raw: 'One sentence. Another one.' },
    { name: 'empty text', raw: '' },
  ];
  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(whitespace, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });
});
