import { describe, expect, it } from 'vitest';
import { matchedIn } from '../entities-of.js';
import { titleMatcher } from './title-matcher.js';

describe('titleMatcher', () => {
  it.each([
    [
      'Talks began after Russian Foreign Minister Sergei Lavrov landed.',
      'Sergei Lavrov',
      'Foreign Minister',
      'Russia',
    ],
    [
      'Reporters waited for US special envoy Steve Witkoff outside.',
      'Steve Witkoff',
      'special envoy',
      'United States',
    ],
    ['A call with German Chancellor Friedrich Merz followed.', 'Friedrich Merz', 'Chancellor', 'Germany'],
    ['He met Secretary of State Marco Rubio on the visit.', 'Marco Rubio', 'Secretary of State', null],
    ["Portugal's Prime Minister Ana Lopes spoke first.", 'Ana Lopes', 'Prime Minister', 'Portugal'],
    [
      'They heard from UK Prime Minister Sir Alan Grove at noon.',
      'Sir Alan Grove',
      'Prime Minister',
      'United Kingdom',
    ],
  ])('%s', (text, name, title, of) => {
    expect(matchedIn(titleMatcher, text)).toEqual([[name, 'person', title, of]]);
  });

  it('reads "former" and "then-" as qualifiers', () => {
    const [former] = titleMatcher(sentenceInput('The former President Jan Novak declined.'));
    expect(former?.role?.qualifier).toBe('former');
    const [then] = titleMatcher(sentenceInput('It was signed by then-president Jan Novak in Prague.'));
    expect(then?.role?.qualifier).toBe('then');
  });

  it.each([
    ['The President said nothing more.'],
    ['The prime minister of the day was absent.'],
    ['The envoy flew to Geneva on Tuesday.'],
  ])('finds no person in %s', (text) => {
    expect(matchedIn(titleMatcher, text)).toEqual([]);
  });
});

import { sentenceInputOf as sentenceInput } from '../entities-of.js';
