import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { casualFor } from './chrono-parsers.js';

const instant = new Date(2025, 1, 27, 12);
const found = (parser: chrono.Chrono, text: string) =>
  parser
    .parse(text, { instant })
    .map((r) => ({ text: r.text, index: r.index, date: r.start.date().toISOString() }));

describe('casualFor: the restricted parser finds what chrono.casual finds', () => {
  it.each([
    ['The envoys met on February 18 in a Gulf capital.', 'February 18', 18],
    ['Negotiators spoke by phone on Tuesday evening.', 'on Tuesday evening', 27],
    ['The ceasefire began at 3 p.m. on 2/27.', 'at 3 p.m. on 2/27', 20],
    ['Both sides walked out two weeks ago.', 'two weeks ago', 22],
    ['A second round is set for tomorrow morning.', 'tomorrow morning', 26],
    ['Delegates will return at the end of the month.', 'end of the month', 29],
    ['The summit is planned for 2025-03-14 in a neutral city.', '2025-03-14', 26],
    ['Talks resume this weekend.', 'this weekend', 13],
    ['They met Sat., officials said.', 'Sat.,', 9],
    ['The envoys meet Thurs. in Riyadh.', 'Thurs.', 16],
    ['Negotiators return Monday of next week.', 'Monday of next week', 19],
    ['Delegates met on a weekday (Wed) in Oslo.', 'weekday', 19],
    ['Among the issues this month is money.', 'this month', 17],
  ])('%s', (text, expectedText, expectedIndex) => {
    const restricted = found(casualFor(text), text);
    expect(restricted).toEqual(found(chrono.casual, text));
    expect(restricted[0]?.text).toBe(expectedText);
    expect(restricted[0]?.index).toBe(expectedIndex);
  });
});
