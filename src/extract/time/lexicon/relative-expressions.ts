/**
 * How a relative expression resolves. `fixed` values are TIMEX3 labels that need no reference
 * (`PRESENT_REF`, and `PAST_REF` / `FUTURE_REF` for fuzzy expressions: the direction is stated, the date
 * is not, so no date is invented). The others count `offset` units from the reference date.
 */
export type RelativeRule =
  | { kind: 'fixed'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { kind: 'day' | 'week' | 'month' | 'year'; offset: number; suffix?: string }
  | { kind: 'weekday' | 'weekend' }
  | { kind: 'season' | 'quarter' };

/** One entry: a pattern (case-insensitive, matched on word boundaries) and how it resolves. */
export interface RelativeEntry {
  pattern: string;
  rule: RelativeRule;
}

const PART = '(?:\\s+(?<part>morning|afternoon|evening|night))?';
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
  { pattern: 'recently|recent|lately|in the past|the past', rule: fixed('PAST_REF') },
  {
    pattern:
      'soon|shortly|(?:in )?the (?:coming|next few) (?:days|weeks|months|years)|(?:in )?the (?:near )?future',
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
  { pattern: '(?:earlier |later )?this year', rule: { kind: 'year', offset: 0 } },
  { pattern: '(?:early |late )?last year', rule: { kind: 'year', offset: -1 } },
  { pattern: '(?:early |late )?next year', rule: { kind: 'year', offset: 1 } },
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
    pattern: `(?:(?<when>last|next|this|coming|past)\\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)${PART}`,
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
