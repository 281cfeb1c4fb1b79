import { describe, expect, it } from 'vitest';
import { dualPattern, patternFor } from './dual-pattern.js';

const MONTH = dualPattern(/(?<![\w-])(?:march|sept?)(?![\w-])/giu);

const spansOf = (pattern: RegExp, text: string): [number, number, string][] =>
  [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length, m[0]]);

describe('dualPattern: the fast compilation matches as the exact one', () => {
  it.each([
    ['Talks resume in March.', [[16, 21, 'March']]],
    [
      'Envoys met in Sept and again in MARCH.',
      [
        [14, 18, 'Sept'],
        [32, 37, 'MARCH'],
      ],
    ],
    ['The “March” round — in Geneva — is set.', [[5, 10, 'March']]],
    ['A marcher in Zürich, not a month.', []],
  ])('%s', (text, expected) => {
    expect(patternFor(MONTH, text)).toBe(MONTH.fast);
    expect(spansOf(MONTH.fast, text)).toEqual(expected);
    expect(spansOf(MONTH.exact, text)).toEqual(expected);
  });
});
