import { describe, expect, it } from 'vitest';
import { matchedIn } from '../entities-of.js';
import { appositionMatcher } from './apposition-matcher.js';

describe('appositionMatcher', () => {
  it.each([
    ["Mark Rutte, NATO's Secretary-General, urged calm.", 'Mark Rutte', 'Secretary-General', 'NATO'],
    [
      'Ana Lopes, the Portuguese foreign minister, arrived late.',
      'Ana Lopes',
      'foreign minister',
      'Portugal',
    ],
    [
      'We spoke to Ivan Horak, spokesman of the European Commission.',
      'Ivan Horak',
      'spokesman',
      'European Commission',
    ],
  ])('%s', (text, name, title, of) => {
    expect(matchedIn(appositionMatcher, text)[0]).toEqual([name, 'person', title, of]);
  });

  it.each([['Kyiv, the capital, was quiet.'], ["Mark Rutte, NATO's chief weapon against apathy, spoke."]])(
    'finds no role in %s',
    (text) => {
      expect(matchedIn(appositionMatcher, text)).toEqual([]);
    },
  );
});
