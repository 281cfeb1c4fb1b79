import { describe, expect, it } from 'vitest';
import { sentenceInputOf } from '../times-of.js';
import { durationMatcher, durationValue } from './duration-matcher.js';

describe('durationMatcher', () => {
  it.each([
    ['The war has lasted three years.', 'three years', 19, 'P3Y'],
    ['After nearly four years of fighting, talks began.', 'nearly four years', 6, 'P4Y'],
    ['The truce held for 48 hours.', '48 hours', 19, 'PT48H'],
    ['It took a decade to rebuild.', 'a decade', 8, 'P10Y'],
    ['Talks could take several months.', 'several months', 17, 'PXM'],
    ['They signed a two-year deal.', 'two-year', 14, 'P2Y'],
    ['Output fell in the past two months.', 'the past two months', 15, 'P2M'],
    ['It lasted twenty-four hours.', 'twenty-four hours', 10, 'PT24H'],
    ['Losses mounted for two quarters.', 'two quarters', 19, 'P2Q'],
    ['The siege has gone on for years.', 'years', 26, 'PXY'],
    ['Profit rose in the year ended June 30.', 'the year', 15, 'P1Y'],
    ['The rebels struck three days later.', 'three days', 18, 'P3D'],
  ])('%s → %s', (text, found, start, value) => {
    const candidates = durationMatcher(sentenceInputOf(text));
    expect(
      candidates.map((c) => [text.slice(c.span.start, c.span.end), c.span, c.type, c.value, c.matcher]),
    ).toEqual([[found, { start, end: start + found.length }, 'DURATION', value, 'matcher/duration']]);
  });

  it.each([
    ['The invasion began three years ago.'],
    ['A child of three years old was hurt.'],
    ['Several people spoke.'],
    ['The stock pays $1.20 a year.'],
    ['Two airlines run 14 flights a week.'],
    ['The country imports about three-quarters of its grain.'],
    ['The years of war left scars.'],
  ])('finds no duration in: %s', (text) => {
    expect(durationMatcher(sentenceInputOf(text))).toEqual([]);
  });

  it.each([
    ['a', 'century', 'P100Y'],
    ['1.5', 'years', 'P1.5Y'],
    ['90', 'minutes', 'PT90M'],
    ['some', 'weeks', 'PXW'],
    ['umpteen', 'days', null],
  ])('durationValue(%s, %s) = %s', (count, unit, value) => {
    expect(durationValue(count, unit)).toBe(value);
  });
});
