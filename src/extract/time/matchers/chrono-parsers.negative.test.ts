import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { casualFor, parserNeed } from './chrono-parsers.js';

const names = (parser: chrono.Chrono): string[] => parser.parsers.map((p) => p.constructor.name);

describe('casualFor: parsers that cannot match are left out, and only those', () => {
  it('every parser with a condition is one chrono.casual runs (a renamed parser would be noticed)', () => {
    const gated = chrono.casual.parsers.filter((p) => parserNeed(p) !== null).map((p) => p.constructor.name);
    expect(gated).toHaveLength(14);
  });

  it.each([
    // No digit: the numeric parsers (ISO, slash dates, clock times) cannot match.
    ['The talks ended without a deal.', 'ISOFormatParser'],
    // No month name: the month parsers cannot match.
    ['Envoys met at 10 a.m. in a hotel.', 'ENMonthNameParser'],
    // No weekday and no "week": the weekday parser cannot match.
    ['The delegation flew home in March.', 'ENWeekdayParser'],
    // No "ago", "before" or "earlier": the ago parser cannot match.
    ['The minister resigned three days later.', 'ENTimeUnitAgoFormatParser'],
  ])('%s leaves out %s', (text, left) => {
    expect(names(casualFor(text))).not.toContain(left);
    expect(names(chrono.casual)).toContain(left);
  });

  it('a text that holds everything keeps every parser', () => {
    const text = 'On Monday, 3 March 2025 at 10:00, two days ago, last night this morning, end of the month.';
    expect(names(casualFor(text))).toEqual(names(chrono.casual));
  });
});
