import { describe, expect, it } from 'vitest';
import { applyEdits, composeMaps, identityMap } from '../text-edits.js';
import { rangeToRaw, shorten } from './range-to-raw.js';

// raw 'ab<p>cd.Ef' → step 1 removes '<p>' → 'abcd.Ef' → step 2 inserts ' ' → 'abcd. Ef'
const RAW = 'ab<p>cd.Ef';
const FIRST = applyEdits(RAW, [{ start: 2, end: 5, insert: '' }]);
const SECOND = applyEdits(FIRST.text, [{ start: 5, end: 5, insert: ' ' }]);
const MAP_AFTER_FIRST = composeMaps(FIRST.map, identityMap(RAW.length));
const MAP_AFTER_SECOND = composeMaps(SECOND.map, MAP_AFTER_FIRST);

describe('rangeToRaw', () => {
  const cases: Array<{ name: string; map: Int32Array; start: number; end: number; raw: string }> = [
    { name: 'a range of copied characters', map: MAP_AFTER_FIRST, start: 0, end: 2, raw: 'ab' },
    { name: 'a range across an earlier removal', map: MAP_AFTER_FIRST, start: 1, end: 3, raw: 'b<p>c' },
    {
      name: 'an insertion point: the characters either side',
      map: MAP_AFTER_FIRST,
      start: 5,
      end: 5,
      raw: '.E',
    },
    { name: 'an insertion point at the start', map: MAP_AFTER_FIRST, start: 0, end: 0, raw: 'a' },
    { name: 'an insertion point at the end', map: MAP_AFTER_FIRST, start: 7, end: 7, raw: 'f' },
    { name: 'a range holding an inserted character', map: MAP_AFTER_SECOND, start: 4, end: 7, raw: '.E' },
    {
      name: 'only an inserted character: empty at the next copy',
      map: MAP_AFTER_SECOND,
      start: 5,
      end: 6,
      raw: '',
    },
  ];
  it.each(cases)('$name', ({ map, start, end, raw }) => {
    const span = rangeToRaw(map, start, end);
    expect(RAW.slice(span.start, span.end)).toBe(raw);
  });

  it('gives the exact span for an inserted character alone', () => {
    expect(rangeToRaw(MAP_AFTER_SECOND, 5, 6)).toEqual({ start: 8, end: 8 });
  });

  it('handles an empty text', () => {
    expect(rangeToRaw(identityMap(0), 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('survives a hostile input: a 200,000-character range of insertions', () => {
    const map = new Int32Array(200_001).fill(-1);
    map[200_000] = 5;
    expect(rangeToRaw(map, 0, 200_000)).toEqual({ start: 5, end: 5 });
  });
});

describe('shorten', () => {
  const cases: Array<{ text: string; max: number; out: string }> = [
    { text: 'short', max: 120, out: 'short' },
    { text: 'abcdef', max: 4, out: 'abc…' },
    { text: 'ab\u{1f600}cd', max: 4, out: 'ab…' }, // never splits a surrogate pair
  ];
  it.each(cases)('$text at most $max', ({ text, max, out }) => {
    expect(shorten(text, max)).toBe(out);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });
});
