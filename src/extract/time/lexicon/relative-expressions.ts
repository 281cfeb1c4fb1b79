import { HOLIDAYS } from './holidays.js';

/**
 * How a relative expression resolves. `fixed` values are TIMEX3 labels that need no reference
 * (`PRESENT_REF`, and `PAST_REF` / `FUTURE_REF` for fuzzy expressions: the direction is stated, the date
 * is not, so no date is invented). The others count `offset` units from the reference date.
 */
export type RelativeRule =
  | { kind: 'fixed'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { kind: 'day' | 'week' | 'month' | 'year'; offset: number; suffix?: string }
  | { kind: 'weekday' | 'weekend' }
  | { kind: 'season' | 'quarter' | 'named-month' | 'holiday' };

/** One entry: a pattern (case-insensitive, matched on word boundaries) and how it resolves. */
export interface RelativeEntry {
  pattern: string;
  rule: RelativeRule;
}

const PART = '(?:\\s+(?<part>morning|afternoon|evening|night))?';
/**
 * What makes "the past" the start of a counted span rather than fuzzy past: "the past two quarters", "the
 * past year", "the past three summers" (a duration or a set of seasons, not `PAST_REF`).
 */
const COUNTED_SPAN =
  '[-\\s]+(?:[\\w.]+[-\\s]+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries|springs?|summers?|autumns?|falls?|winters?|weekends?)\\b';
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const fixed = (value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'): RelativeRule => ({ kind: 'fixed', value });

/**
 * Relative and fuzzy time expressions of English news, longest first within each group so the overlap
 * refiner sees the fullest reading. Named groups feed the matcher: `part` (of day), `weekday`, `when`
 * (last / this / next), `season`, `quarter`.
 */
export const RELATIVE_EXPRESSIONS: readonly RelativeEntry[] = [
  {
    pattern: 'now|currently|current|at present|at the moment|nowadays|these days',
    rule: fixed('PRESENT_REF'),
  },
  {
    pattern: `recent (?:days|weeks|months|years)|recently|recent|lately|(?:in )?the past(?!${COUNTED_SPAN})`,
    rule: fixed('PAST_REF'),
  },
  {
    pattern:
      '(?<!as )soon(?! after| as)|(?:in )?the coming (?:days|weeks|months|years)|(?:in )?the (?:near )?future',
    rule: fixed('FUTURE_REF'),
  },
  { pattern: `today${PART}`, rule: { kind: 'day', offset: 0 } },
  { pattern: 'this (?<part>morning|afternoon|evening)', rule: { kind: 'day', offset: 0 } },
  { pattern: 'tonight', rule: { kind: 'day', offset: 0, suffix: 'TNI' } },
  { pattern: 'last night', rule: { kind: 'day', offset: -1, suffix: 'TNI' } },
  { pattern: `the day before yesterday`, rule: { kind: 'day', offset: -2 } },
  { pattern: `the day after tomorrow`, rule: { kind: 'day', offset: 2 } },
  { pattern: `yesterday${PART}`, rule: { kind: 'day', offset: -1 } },
  { pattern: `tomorrow${PART}`, rule: { kind: 'day', offset: 1 } },
  { pattern: '(?:earlier |later )?this week', rule: { kind: 'week', offset: 0 } },
  { pattern: '(?:last|the past|the previous) week', rule: { kind: 'week', offset: -1 } },
  { pattern: '(?:next|the coming) week', rule: { kind: 'week', offset: 1 } },
  { pattern: '(?:(?<when>this|the|last|next|past|coming) )weekend', rule: { kind: 'weekend' } },
  { pattern: '(?:earlier |later )?this month', rule: { kind: 'month', offset: 0 } },
  { pattern: 'last month', rule: { kind: 'month', offset: -1 } },
  { pattern: 'next month', rule: { kind: 'month', offset: 1 } },
  {
    pattern:
      '(?:earlier |later )?this year|the (?:full|current)(?: fiscal)? year|the year(?<=\\b(?:for|of) the year)(?! end| ago| earlier| before)',
    rule: { kind: 'year', offset: 0 },
  },
  { pattern: '(?:early |late )?last year', rule: { kind: 'year', offset: -1 } },
  { pattern: '(?:early |late )?next year', rule: { kind: 'year', offset: 1 } },
  {
    pattern: `(?:(?<when>last|next|this) )?(?<holiday>${Object.keys(HOLIDAYS)
      .sort((a, b) => b.length - a.length)
      .join('|')})`,
    rule: { kind: 'holiday' },
  },
  {
    pattern: `(?<month>${MONTH_NAMES}) (?<when>this|last|next) year|(?<when2>last|next) (?<month2>${MONTH_NAMES})`,
    rule: { kind: 'named-month' },
  },
  {
    pattern: '(?:(?<when>this|last|next|the|early|late)\\s+)(?<season>spring|summer|autumn|fall|winter)',
    rule: { kind: 'season' },
  },
  {
    pattern:
      '(?:the\\s+)?(?:(?<when>latest|last|past|current)\\s+|(?<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]+)quarter|(?<qcode>Q[1-4])',
    rule: { kind: 'quarter' },
  },
  {
    pattern: `(?:(?:the\\s+)?(?<when>last|next|this|coming|past|previous)\\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)${PART}`,
    rule: { kind: 'weekday' },
  },
];

/** Season names to TIMEX3 season codes. */
export const SEASON_CODES: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** Parts of day to TIMEX3 codes: "Tuesday morning" → `2025-02-18TMO`. */
export const PART_OF_DAY_CODES: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/** Weekday names, numbered as `Date` and chrono number them (0 = Sunday). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Quarter words to their number. */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  q1: 1,
  q2: 2,
  q3: 3,
  q4: 4,
};

/** Month names to their number. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
