import { describe, expect, it } from 'vitest';
import { cleanWith, expectRemoved } from '../test-cleaning.js';
import { unicode } from './unicode.js';

describe('unicode: normalises without changing what the text says', () => {
  const quiet: Array<{ name: string; raw: string; clean: string }> = [
    { name: 'no-break space', raw: 'the\u00a0envoy', clean: 'the envoy' },
    { name: 'narrow no-break space', raw: 'part\u202fof it', clean: 'part of it' },
    { name: 'ideographic and thin spaces', raw: 'a\u3000b\u2009c', clean: 'a b c' },
    { name: 'line separator', raw: 'one\u2028two', clean: 'one\ntwo' },
    { name: 'decomposed accent composed (NFC)', raw: 'Zelenskyy in Kie\u0301v', clean: 'Zelenskyy in Kiév' },
    { name: 'Hangul jamo composed', raw: '\u1100\u1161', clean: '\uac00' },
    { name: 'angstrom sign singleton', raw: '5 \u212b', clean: '5 \u00c5' },
  ];

  it.each(quiet)('$name, with no signal', ({ raw, clean }) => {
    const result = cleanWith(unicode, raw);
    expect(result.text).toBe(clean);
    expect(result.signals).toEqual([]);
  });

  const invisible: Array<{ name: string; raw: string; clean: string; count: number; first: string }> = [
    { name: 'zero-width space', raw: 'peace\u200btalks', clean: 'peacetalks', count: 1, first: '\u200b' },
    { name: 'soft hyphen', raw: 'nego\u00adtiations', clean: 'negotiations', count: 1, first: '\u00ad' },
    { name: 'byte-order mark', raw: '\ufeffTitle', clean: 'Title', count: 1, first: '\ufeff' },
    { name: 'control characters', raw: 'a\u0007b\u0000c', clean: 'abc', count: 2, first: '\u0007' },
    {
      name: 'bidirectional marks in a run',
      raw: 'x\u200e\u200f\u202ay',
      clean: 'xy',
      count: 3,
      first: '\u200e\u200f\u202a',
    },
    { name: 'a joiner between ASCII letters', raw: 'ab\u200dc', clean: 'abc', count: 1, first: '\u200d' },
  ];

  it.each(invisible)('$name: one signal with the count', ({ raw, clean, count, first }) => {
    const result = cleanWith(unicode, raw);
    expect(result.text).toBe(clean);
    expectRemoved(raw, result.signals, [first]);
    expect(result.signals[0]).toMatchObject({
      code: 'invisible-characters',
      severity: 'info',
      by: 'clean/unicode',
    });
    expect(result.signals[0]?.detail).toMatch(new RegExp(`^${count} invisible character`));
  });

  it('keeps the map for unchanged characters of a composed run', () => {
    const result = cleanWith(unicode, 'e\u0301x');
    expect(result.text).toBe('éx');
    expect(Array.from(result.map)).toEqual([-1, 2, 3]);
  });

  it('survives a hostile input: 100,000 combining marks and 100,000 zero-width spaces', () => {
    const raw = `a${'\u0301'.repeat(100_000)} ${'\u200b'.repeat(100_000)}`;
    const result = cleanWith(unicode, raw);
    expect(result.text).toBe(`\u00e1${'\u0301'.repeat(99_999)} `);
    expect(result.signals).toHaveLength(1);
    expect(result.signals[0]?.detail).toMatch(/^100000 invisible characters/);
  });
});

describe('unicode: negative cases', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    { name: 'curly double quotes', raw: '“We need peace,” he said.' },
    { name: 'curly single quotes and apostrophes', raw: '‘Kyiv’s plan’' },
    { name: 'guillemets and low quotes', raw: '«Nein» and „ja“' },
    { name: 'an emoji joiner sequence', raw: 'scientist \u{1f469}\u200d\u{1f52c}' },
    { name: 'a joiner in Persian text', raw: 'می\u200cخواهم' },
    { name: 'tabs, line breaks and carriage returns', raw: 'a\tb\r\nc\rd' },
    { name: 'already composed text', raw: 'Zürich, Kraków, Malmö' },
    { name: 'a lone combining mark after a space', raw: 'x \u0301' },
  ];
  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(unicode, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });
});
