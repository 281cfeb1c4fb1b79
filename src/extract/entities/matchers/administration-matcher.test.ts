import { describe, expect, it } from 'vitest';
import { matchedIn } from '../entities-of.js';
import { administrationMatcher } from './administration-matcher.js';

describe('administrationMatcher', () => {
  it.each([
    [
      'Critics said the Trump administration misjudged it.',
      [['Trump administration', 'organisation', null, null]],
    ],
    ['The Russian government denied the report.', []],
    ['The government fell.', []],
  ])('%s', (text, expected) => {
    expect(matchedIn(administrationMatcher, text)).toEqual(expected);
  });
});
