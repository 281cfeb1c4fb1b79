import { describe, expect, it } from 'vitest';
import { applyEdits, composeMaps, identityMap } from './text-edits.js';
import type { OffsetArray, TextEdit } from './text-edits.js';
// Deterministic (mulberry32), so a failing property case reproduces from its seed.
import { seeded as random } from '../../scripts/seeded-random.js';

const ALPHABET = 'ab c.\nXé’';

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

function randomEdits(next: () => number, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let cursor = 0;
  while (cursor <= text.length && next() < 0.8) {
    const start = cursor + Math.floor(next() * 6);
    if (start > text.length) break;
    const end = Math.min(text.length, start + Math.floor(next() * 4));
    const insert = next() < 0.4 ? randomText(next, 1 + Math.floor(next() * 3)) : '';
    edits.push({ start, end, insert });
    cursor = end > start ? end : end + 1; // adjacent edits allowed, two insertions at one point not
  }
  return edits.reverse(); // any order is accepted
}

/** Reference result: apply edits from the last to the first by slicing. */
function sliceApply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}

function copiedCharsMatch(newer: string, older: string, map: OffsetArray): boolean {
  for (let i = 0; i < newer.length; i++) {
    const at = map[i] as number;
    if (at >= 0 && newer[i] !== older[at]) return false;
  }
  return true;
}

describe('identityMap', () => {
  it.each([0, 1, 5])('maps each of %i offsets and the end to itself', (n) => {
    expect(Array.from(identityMap(n))).toEqual(Array.from({ length: n + 1 }, (_, i) => i));
  });
});

describe('applyEdits', () => {
  const cases: Array<{ name: string; text: string; edits: TextEdit[]; result: string; map: number[] }> = [
    { name: 'no edits', text: 'abc', edits: [], result: 'abc', map: [0, 1, 2, 3] },
    {
      name: 'deletion',
      text: 'abXc',
      edits: [{ start: 2, end: 3, insert: '' }],
      result: 'abc',
      map: [0, 1, 3, 4],
    },
    {
      name: 'insertion maps to -1',
      text: 'ab',
      edits: [{ start: 1, end: 1, insert: '--' }],
      result: 'a--b',
      map: [0, -1, -1, 1, 2],
    },
    {
      name: 'replacement',
      text: 'a&amp;b',
      edits: [{ start: 1, end: 6, insert: '&' }],
      result: 'a&b',
      map: [0, -1, 6, 7],
    },
    {
      name: 'edits given out of order',
      text: 'xaxbx',
      edits: [
        { start: 4, end: 5, insert: '' },
        { start: 0, end: 1, insert: '' },
        { start: 2, end: 3, insert: ' ' },
      ],
      result: 'a b',
      map: [1, -1, 3, 5],
    },
    {
      name: 'adjacent edits',
      text: 'abcd',
      edits: [
        { start: 1, end: 2, insert: '' },
        { start: 2, end: 3, insert: 'Z' },
      ],
      result: 'aZd',
      map: [0, -1, 3, 4],
    },
    {
      name: 'delete everything',
      text: 'abc',
      edits: [{ start: 0, end: 3, insert: '' }],
      result: '',
      map: [3],
    },
    {
      name: 'insert into empty text',
      text: '',
      edits: [{ start: 0, end: 0, insert: 'a' }],
      result: 'a',
      map: [-1, 0],
    },
  ];

  it.each(cases)('$name', ({ text, edits, result, map }) => {
    const applied = applyEdits(text, edits);
    expect(applied.text).toBe(result);
    expect(Array.from(applied.map)).toEqual(map);
  });

  const invalid: Array<{ name: string; edits: TextEdit[] }> = [
    {
      name: 'overlapping edits',
      edits: [
        { start: 0, end: 3, insert: '' },
        { start: 2, end: 4, insert: '' },
      ],
    },
    { name: 'end before start', edits: [{ start: 3, end: 2, insert: '' }] },
    { name: 'end past the text', edits: [{ start: 4, end: 9, insert: '' }] },
    {
      name: 'an insertion inside a deleted range',
      edits: [
        { start: 1, end: 3, insert: '' },
        { start: 2, end: 2, insert: 'x' },
      ],
    },
  ];

  it.each(invalid)('throws a RangeError on $name', ({ edits }) => {
    expect(() => applyEdits('abcdef', edits)).toThrow(RangeError);
  });

  it('survives a hostile input: 50,000 one-character deletions', () => {
    const text = 'ab'.repeat(50_000);
    const edits = Array.from({ length: 50_000 }, (_, k) => ({
      start: 2 * k + 1,
      end: 2 * k + 2,
      insert: '',
    }));
    const applied = applyEdits(text, edits);
    expect(applied.text).toBe('a'.repeat(50_000));
    expect(applied.map[49_999]).toBe(99_998);
    expect(applied.map[50_000]).toBe(100_000);
  });
});

describe('composeMaps', () => {
  it('chains newest → middle → oldest and keeps insertions at -1', () => {
    const first = applyEdits('xabc', [{ start: 0, end: 1, insert: '' }]); // 'abc'
    const second = applyEdits(first.text, [{ start: 1, end: 1, insert: '_' }]); // 'a_bc'
    const composed = composeMaps(second.map, first.map);
    expect(second.text).toBe('a_bc');
    expect(Array.from(composed)).toEqual([1, -1, 2, 3, 4]);
  });

  it('with the identity map changes nothing', () => {
    const applied = applyEdits('hello', [{ start: 1, end: 3, insert: 'EY' }]);
    expect(Array.from(composeMaps(applied.map, identityMap(5)))).toEqual(Array.from(applied.map));
  });
});

describe('applyEdits and composeMaps, property: random edits on random text', () => {
  function checkSeed(seed: number): void {
    const next = random(seed);
    const raw = randomText(next, Math.floor(next() * 60));
    let text = raw;
    let map = identityMap(raw.length);
    for (let round = 0; round < 4; round++) {
      const edits = randomEdits(next, text);
      const applied = applyEdits(text, edits);
      expect(applied.text, `seed ${seed} round ${round}`).toBe(sliceApply(text, edits));
      expect(copiedCharsMatch(applied.text, text, applied.map), `seed ${seed} round ${round}`).toBe(true);
      const inserted = edits.reduce((sum, edit) => sum + edit.insert.length, 0);
      expect(
        Array.from(applied.map).filter((at) => at < 0),
        `seed ${seed}`,
      ).toHaveLength(inserted);
      text = applied.text;
      map = composeMaps(applied.map, map);
    }
    // every copied clean character equals the raw character its map points to
    expect(copiedCharsMatch(text, raw, map), `seed ${seed}`).toBe(true);
    expect(map[text.length], `seed ${seed}`).toBe(raw.length);
    const copied = Array.from(map.subarray(0, text.length)).filter((at) => at >= 0);
    expect(copied, `seed ${seed}: copies stay in raw order`).toEqual([...copied].sort((a, b) => a - b));
    expect(new Set(copied).size, `seed ${seed}: no raw character copied twice`).toBe(copied.length);
  }

  it('holds for 500 seeded cases of four rounds each', () => {
    for (let seed = 1; seed <= 500; seed++) checkSeed(seed);
  });
});
