import { describe, expect, it } from 'vitest';
import { matchedIn } from '../entities-of.js';
import { gazetteerMatcher } from './gazetteer-matcher.js';

const found = (text: string) => matchedIn(gazetteerMatcher, text).map(([t, kind]) => [t, kind]);

describe('gazetteerMatcher', () => {
  it.each([
    ['Delegates gathered in the U.S. for a week.', [['U.S.', 'place']]],
    ['U.S. officials denied it.', [['U.S.', 'nationality']]],
    [
      'Fighting went on in eastern Ukraine and Crimea.',
      [
        ['eastern Ukraine', 'place'],
        ['Crimea', 'place'],
      ],
    ],
    ['A Ukrainian drone hit a depot.', [['Ukrainian', 'nationality']]],
    [
      'NATO and the European Union met in Brussels.',
      [
        ['NATO', 'organisation'],
        ['European Union', 'organisation'],
        ['Brussels', 'place'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([['Let us know.'], ['They may agree in time.']])('finds nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
