import { describe, expect, it } from 'vitest';
import { sentenceInputOf } from '../times-of.js';
import { chronoMatcher } from './chrono-matcher.js';

const run = (text: string, reference?: string | null) =>
  chronoMatcher(sentenceInputOf(text, reference)).map((c) => ({
    text: text.slice(c.span.start, c.span.end),
    span: c.span,
    type: c.type,
    value: c.value,
    stated: c.stated,
    matcher: c.matcher,
  }));

describe('chronoMatcher', () => {
  it.each([
    ['The first round was on February 18.', 'February 18', 23, '2025-02-18', 'DATE', ['month', 'day']],
    [
      'They meet on February 25, 2025 in Riyadh.',
      'February 25, 2025',
      13,
      '2025-02-25',
      'DATE',
      ['year', 'month', 'day'],
    ],
    ['Talks resume in February.', 'February', 16, '2025-02', 'DATE', ['month']],
    ['The deal was signed on Sept. 30.', 'Sept. 30', 23, '2024-09-30', 'DATE', ['month', 'day']],
    [
      'The call began at 3 p.m. on Feb. 18.',
      '3 p.m. on Feb. 18',
      18,
      '2025-02-18T15:00',
      'TIME',
      ['month', 'day', 'hour', 'minute', 'meridiem'],
    ],
    ['On Monday, the envoys met again.', 'Monday', 3, '2025-02-24', 'DATE', ['weekday']],
    ['Russia invaded three years ago.', 'three years ago', 15, '2022', 'DATE', ['year']],
  ])('%s → %s', (text, found, start, value, type, stated) => {
    const [first] = run(text);
    expect(first).toEqual({
      text: found,
      span: { start, end: start + found.length },
      type,
      value,
      stated,
      matcher: 'matcher/chrono',
    });
  });

  it.each([
    ['The first round was on February 18.', 'February 18', 'XXXX-02-18'],
    ['The deal was signed on February 25, 2025.', 'February 25, 2025', '2025-02-25'],
    ['Russia invaded three years ago.', 'three years ago', null],
  ])('without a reference date: %s → %s = %s', (text, found, value) => {
    expect(run(text, null).map((c) => [c.text, c.value])).toEqual([[found, value]]);
  });

  it('leaves "this month" and bare unit words to the relative and duration matchers', () => {
    expect(run('Prices rose this month.', null)).toEqual([]);
    expect(run('The talks took days and the deal years.', null)).toEqual([]);
    expect(run('They had met a week earlier.', '2025-02-27').map((c) => c.text)).toEqual(['a week earlier']);
  });

  it('marks a bare weekday for the tense refiner instead of choosing a day', () => {
    const [candidate] = chronoMatcher(sentenceInputOf('They met on Friday.'));
    expect(candidate?.weekday).toEqual({ day: 5, suffix: '', direction: 'tense' });
  });

  it.each([['The stake rose 7/8 to 125 a share.'], ['The board met for two years in a row.']])(
    'drops a misreading chrono makes: %s',
    (text) => {
      expect(run(text)).toEqual([]);
    },
  );
});
