import { describe, expect, it } from 'vitest';
import { dualPattern, patternFor } from './dual-pattern.js';

const MONTH = dualPattern(/(?<![\w-])(?:march|sept?)(?![\w-])/giu);

describe('dualPattern: texts where the two compilations may disagree use the exact one', () => {
  it.each([
    // A long s folds to "s" only under the u flag: "ſept" is "sept" for the exact pattern alone.
    ['Talks resume in ſept.', 'ſept'],
    // The Kelvin sign counts as a word character under the u flag, so "Kmarch" holds no month.
    ['A note on \u212amarch.', null],
    // A surrogate pair is one character under the u flag.
    ['Leaders 🤝 met in March.', 'March'],
  ])('%s', (text, expected) => {
    const chosen = patternFor(MONTH, text);
    expect(chosen).toBe(MONTH.exact);
    expect([...text.matchAll(chosen)][0]?.[0] ?? null).toBe(expected);
  });

  it('the fast compilation alone would misread the long s', () => {
    expect([...'Talks resume in ſept.'.matchAll(MONTH.fast)]).toEqual([]);
  });
});
