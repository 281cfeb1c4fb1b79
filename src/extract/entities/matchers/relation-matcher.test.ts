import { describe, expect, it } from 'vitest';
import { matchedIn } from '../entities-of.js';
import { relationMatcher } from './relation-matcher.js';

describe('relationMatcher', () => {
  it.each([
    ["Trump's son-in-law Jared Kushner joined the delegation.", 'Jared Kushner', 'son-in-law', 'Trump'],
    ["The mayor's wife Olena Petrenko attended.", null, null, null],
  ])('%s', (text, name, title, of) => {
    const expected = name === null ? [] : [[name, 'person', title, of]];
    expect(matchedIn(relationMatcher, text)).toEqual(expected);
  });

  it('needs a possessive before the relation', () => {
    expect(matchedIn(relationMatcher, 'A son-in-law Jared Kushner was seen.')).toEqual([]);
  });
});
