import { describe, expect, it } from 'vitest';
import { sentenceInputOf } from '../times-of.js';
import { setMatcher } from './set-matcher.js';

const run = (text: string) =>
  setMatcher(sentenceInputOf(text)).map((c) => [text.slice(c.span.start, c.span.end), c.type, c.value]);

describe('setMatcher', () => {
  it.each([
    ['Crowds gather daily outside the court.', 'daily', 'P1D'],
    ['The envoys talk every week.', 'every week', 'P1W'],
    ['The index is published each month.', 'each month', 'P1M'],
    ['Interest is paid every quarter.', 'every quarter', 'P1Q'],
    ['The council meets every Monday.', 'every Monday', 'XXXX-WXX-1'],
    ['The festival returns each July.', 'each July', 'XXXX-07'],
  ])('%s → %s', (text, found, value) => {
    expect(run(text)).toEqual([[found, 'SET', value]]);
  });

  it.each([['Every delegate signed.'], ['Each side blamed the other.'], ['The day was long.']])(
    'finds no set in: %s',
    (text) => {
      expect(run(text)).toEqual([]);
    },
  );
});
