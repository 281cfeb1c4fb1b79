import { describe, expect, it } from 'vitest';
import { alignTokens } from './align-tokens.js';

interface Case {
  name: string;
  text: string;
  values: string[];
  spaces: string[];
  spans: Array<[number, number]>;
}

const CASES: Case[] = [
  {
    name: 'spaces counted right',
    text: 'We  are ready.',
    values: ['We', 'are', 'ready', '.'],
    spaces: ['', '  ', ' ', ''],
    spans: [
      [0, 2],
      [4, 7],
      [8, 13],
      [13, 14],
    ],
  },
  {
    name: 'whitespace wink does not count (U+3000, U+FEFF)',
    text: 'Talks\u3000resumed \ufeffnow',
    values: ['Talks', 'resumed', 'now'],
    spaces: ['', '', ' '],
    spans: [
      [0, 5],
      [6, 13],
      [15, 18],
    ],
  },
  {
    name: 'a whitespace run longer than wink counts',
    text: `a${' '.repeat(70_000)}b`,
    values: ['a', 'b'],
    spaces: ['', ' '.repeat(65_535)],
    spans: [
      [0, 1],
      [70_001, 70_002],
    ],
  },
  {
    name: 'a value found a little ahead',
    text: 'a \u200bb c',
    values: ['a', 'b', 'c'],
    spaces: ['', ' ', ' '],
    spans: [
      [0, 1],
      [3, 4],
      [5, 6],
    ],
  },
  {
    name: 'a value wink altered keeps its length at the next non-space',
    text: 'ﬁne day',
    values: ['fi', 'ne', 'day'],
    spaces: ['', '', ' '],
    spans: [
      [0, 2],
      [2, 3],
      [4, 7],
    ],
  },
];

describe('alignTokens', () => {
  it.each(CASES)('$name', ({ text, values, spaces, spans }) => {
    const found = alignTokens(text, values, spaces);
    expect(found).toEqual(spans.map(([start, end]) => ({ start, end })));
    const read = found.map((span) => text.slice(span.start, span.end));
    expect(read.filter((token, i) => token !== values[i] && /\s/u.test(token))).toEqual([]);
  });

  it('never returns a span past the end, out of order or overlapping', () => {
    const text = 'ab';
    const spans = alignTokens(text, ['abc', 'x', 'y'], ['', ' ', ' ']);
    expect(spans).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 2 },
      { start: 2, end: 2 },
    ]);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['ab', '', '']);
  });
});
