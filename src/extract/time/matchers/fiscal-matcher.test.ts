import { describe, expect, it } from 'vitest';
import { sentenceInputOf, timesOf } from '../times-of.js';
import { fiscalMatcher } from './fiscal-matcher.js';

/** A report published on 2025-02-27 covers 2024 Q4. */
const REPORT = { year: 2024, quarter: 4 };

const run = (text: string, reportedQuarter: typeof REPORT | null = REPORT) =>
  fiscalMatcher({ ...sentenceInputOf(text), reportedQuarter }).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.value,
  ]);

describe('fiscalMatcher (reference 2025-02-27)', () => {
  it.each([
    ['Net income fell in the quarter.', 'the quarter', '2024-Q4'],
    ['Sales in the latest period reached $9 million.', 'the latest period', '2024-Q4'],
    ['The brewer lost money in the year-ago quarter.', 'the year-ago quarter', '2023-Q4'],
    ['Year-earlier profit was restated.', 'Year-earlier', '2023-Q4'],
    ['Revenue rose to $4 million from $3 million a year earlier.', 'a year earlier', '2023-Q4'],
    ['Costs peaked in the 2019 third quarter.', 'the 2019 third quarter', '2019-Q3'],
    ['Orders slumped in the second quarter of 2021.', 'the second quarter of 2021', '2021-Q2'],
    ["Margins widened in this year's first quarter.", "this year's first quarter", '2025-Q1'],
    [
      'A loss was booked for the corresponding period last year.',
      'the corresponding period last year',
      '2023-Q4',
    ],
  ])('%s → %s', (text, found, value) => {
    expect(run(text)).toContainEqual([found, value]);
  });

  it.each([
    ['A quarter of the voters stayed home.', REPORT],
    ['The bridge opened a year ago.', null],
    ['Over the first nine months, sales beat the level of a year earlier.', REPORT],
  ])('proposes nothing relative in: %s', (text, report) => {
    expect(run(text, report)).toEqual([]);
  });

  it('dates a year-earlier comparison only in a document about quarters', () => {
    const inReport = 'Profit fell in the fourth quarter. It was $2 million, down from $3 million a year ago.';
    expect(timesOf(inReport).map((t) => [t.text, t.value])).toContainEqual(['a year ago', '2023-Q4']);
    expect(timesOf('The bridge opened a year ago.').map((t) => [t.text, t.value])).toEqual([
      ['a year ago', '2024'],
    ]);
  });
});
