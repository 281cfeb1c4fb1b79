import { describe, expect, it } from 'vitest';
import { timesOf } from './times-of.js';

describe('timeExtractor: what is not a date', () => {
  it.each([
    ['Talks may resume after the break.'],
    ['Protesters march on the capital.'],
    ['Supporters waved Trump 2028 banners.'],
    ['The app reached version 2.0 and then v2025.1 this spring.'],
    ['Phones on iOS 17.2 and the v3.1 client crashed.'],
    ['Thousands march in the streets, and rain may fall.'],
    ['Some 2,500 troops and 2025 troops more were sent.'],
    ['Call 555-2014 or write to 2014 Main Street.'],
    ['The Sun and the Wed edition ran it.'],
    ['Shares rose 7/8 to 125 a share.'],
  ])('%s', (text) => {
    const found = timesOf(text).filter((t) => !/spring/u.test(t.text));
    expect(found.map((t) => t.text)).toEqual([]);
  });

  it('keeps a decade value: "the 1990s" → 199', () => {
    expect(timesOf('Borders were drawn in the 1990s.').map((t) => [t.text, t.span, t.value])).toEqual([
      ['1990s', { start: 26, end: 31 }, '199'],
    ]);
  });

  it('does not date a fuzzy expression: "recently" is PAST_REF, not a day', () => {
    expect(timesOf('He recently met Putin.').map((t) => [t.text, t.value])).toEqual([
      ['recently', 'PAST_REF'],
    ]);
  });
});
