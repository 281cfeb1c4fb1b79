import { HOLIDAYS } from '../lexicon/holidays.js';
import {
  addDays,
  formatDay,
  formatIsoWeek,
  formatMonth,
  pad,
  weekdayOf as dayOfWeek,
  type CalendarDate,
} from '../calendar.js';
import {
  MONTH_NUMBERS,
  PART_OF_DAY_CODES,
  QUARTER_NUMBERS,
  RELATIVE_EXPRESSIONS,
  SEASON_CODES,
  WEEKDAYS,
  type RelativeRule,
} from '../lexicon/relative-expressions.js';
import type { Direction, SentenceInput, TimeCandidate } from '../time-candidate.js';
import { dualPattern, fastIsSafe } from '../dual-pattern.js';

const COMPILED = RELATIVE_EXPRESSIONS.map((entry) => ({
  rule: entry.rule,
  regex: dualPattern(new RegExp(`(?<![\\w-])(?:${entry.pattern})(?![\\w-])`, 'yiu')),
}));

/**
 * All entries as one pattern, each alternative in a group of its own (`e0`, `e1`, …; the entries' own
 * group names dropped), to find where any may start in one pass; each entry is then tried only there
 * (sticky), which keeps the matcher to one scan of the sentence. The entries before the alternative that
 * matched were tried there first and failed, so only it and those after it are tried again.
 */
const ANY_ENTRY = dualPattern(
  new RegExp(
    `(?<![\\w-])(?:${RELATIVE_EXPRESSIONS.map((entry, index) => `(?<e${index}>${entry.pattern.replace(/\(\?<\w+>/gu, '(?:')})`).join('|')})(?![\\w-])`,
    'giu',
  ),
);

/** The group name of each entry's alternative in `ANY_ENTRY`, built once rather than per hit. */
const ENTRY_GROUPS = COMPILED.map((_, index) => `e${index}`);

/** The index of the entry whose alternative matched in an `ANY_ENTRY` hit. */
function firstEntry(hit: RegExpMatchArray): number {
  const groups = hit.groups ?? {};
  for (let index = 0; index < ENTRY_GROUPS.length; index += 1)
    if (groups[ENTRY_GROUPS[index]!] !== undefined) return index;
  return 0;
}

type Groups = Readonly<Record<string, string | undefined>>;

/**
 * Proposes the relative expressions listed in `lexicon/relative-expressions.ts` ("today", "last week",
 * "this spring", "the third quarter", "Tuesday morning", "recently") with values counted from the
 * reference date. Without a reference only the fixed labels (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`)
 * keep a value. Weekdays are marked for the tense refiner, which picks the occurrence.
 */
export function relativeMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  const fast = fastIsSafe(input.text);
  for (const hit of input.text.matchAll(fast ? ANY_ENTRY.fast : ANY_ENTRY.exact)) {
    for (let index = firstEntry(hit); index < COMPILED.length; index += 1) {
      const { rule, regex: dual } = COMPILED[index]!;
      const regex = fast ? dual.fast : dual.exact;
      regex.lastIndex = hit.index ?? 0;
      const match = regex.exec(input.text);
      if (match !== null) found.push(candidateOf(match, rule, input));
    }
  }
  return found;
}

function candidateOf(match: RegExpExecArray, rule: RelativeRule, input: SentenceInput): TimeCandidate {
  const start = input.offset + match.index;
  const groups: Groups = match.groups ?? {};
  const candidate: TimeCandidate = {
    span: { start, end: start + match[0].length },
    type:
      groups['part'] !== undefined || (rule.kind === 'day' && rule.suffix !== undefined) ? 'TIME' : 'DATE',
    value: input.reference === null && rule.kind !== 'fixed' ? null : valueOf(rule, groups, input.reference),
    stated: [rule.kind === 'fixed' ? 'reference' : rule.kind],
    matcher: 'matcher/relative',
  };
  if (rule.kind === 'weekday') candidate.weekday = weekdayOf(groups);
  if (rule.kind === 'weekend')
    candidate.weekday = { ...weekdayOf({ ...groups, weekday: 'saturday' }), suffix: '-WE', asWeek: true };
  return candidate;
}

function partSuffix(groups: Groups): string {
  const part = groups['part']?.toLowerCase();
  return part === undefined ? '' : `T${PART_OF_DAY_CODES[part] ?? ''}`;
}

function weekdayOf(groups: Groups): NonNullable<TimeCandidate['weekday']> {
  const when = groups['when']?.toLowerCase();
  const direction: Direction =
    when === 'last' || when === 'past' || when === 'previous'
      ? 'past'
      : when === 'next' || when === 'coming'
        ? 'future'
        : when === 'this'
          ? 'nearest'
          : 'tense';
  return {
    day: WEEKDAYS.indexOf(groups['weekday']?.toLowerCase() ?? ''),
    suffix: partSuffix(groups),
    direction,
  };
}

/** The value of a rule at a reference date; weekday values are set later, by the tense refiner. */
function valueOf(rule: RelativeRule, groups: Groups, reference: CalendarDate | null): string | null {
  if (rule.kind === 'fixed') return rule.value;
  if (reference === null) return null;
  const when = groups['when']?.toLowerCase();
  const yearShift = when === 'last' ? -1 : when === 'next' ? 1 : 0;
  switch (rule.kind) {
    case 'day':
      return formatDay(addDays(reference, rule.offset)) + (rule.suffix ?? partSuffix(groups));
    case 'week':
      return formatIsoWeek(reference, rule.offset) + (rule.suffix ?? '');
    case 'month':
      return formatMonth(reference, rule.offset);
    case 'year':
      return pad(reference.year + rule.offset, 4);
    case 'season':
      return `${pad(reference.year + yearShift, 4)}-${SEASON_CODES[groups['season']?.toLowerCase() ?? ''] ?? 'XX'}`;
    case 'quarter':
      return quarterValue(groups, reference);
    case 'holiday':
      return holidayValue(groups, reference);
    case 'named-month':
      return namedMonthValue(groups, reference);
    case 'weekday':
    case 'weekend':
      return null;
  }
}

function quarterValue(groups: Groups, reference: CalendarDate): string {
  const named = QUARTER_NUMBERS[(groups['quarter'] ?? groups['qcode'] ?? '').toLowerCase()];
  const current = Math.floor((reference.month - 1) / 3) + 1;
  if (named !== undefined) return `${pad(reference.year, 4)}-Q${named}`;
  const when = groups['when']?.toLowerCase();
  const index = reference.year * 4 + current - 1 - (when === 'current' ? 0 : 1);
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

/**
 * "June last year" → that month of the year named; "last June" → the latest June before the reference
 * month, "next June" the first after it.
 */
function namedMonthValue(groups: Groups, reference: CalendarDate): string | null {
  const month = MONTH_NUMBERS[(groups['month'] ?? groups['month2'] ?? '').toLowerCase()];
  if (month === undefined) return null;
  const when = (groups['when'] ?? groups['when2'] ?? '').toLowerCase();
  let year = reference.year;
  if (groups['month'] !== undefined) year += when === 'last' ? -1 : when === 'next' ? 1 : 0;
  else if (when === 'last' && month >= reference.month) year -= 1;
  else if (when === 'next' && month <= reference.month) year += 1;
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** A holiday's day in a year: a fixed date, or the nth weekday of its month (`[11, 4, 4]`: Thanksgiving). */
export function holidayIn(name: string, year: number): CalendarDate | null {
  const rule = HOLIDAYS[name.toLowerCase().replace(/\s+/gu, ' ')];
  if (rule === undefined) return null;
  const [month, second, nth] = rule;
  if (nth === undefined) return { year, month, day: second };
  // a `[month, from, 0]` rule is the first Tuesday from day `from`
  const first = nth === 0 ? { year, month, day: second } : { year, month, day: 1 };
  const weekday = nth === 0 ? 2 : second;
  const offset = ((weekday - dayOfWeek(first) + 7) % 7) + 7 * Math.max(0, nth - 1);
  return addDays(first, offset);
}

/**
 * "last Thanksgiving": the latest one before the reference; "next Thanksgiving" the first after it;
 * "Thanksgiving" alone the nearer of those two.
 */
function holidayValue(groups: Groups, reference: CalendarDate): string | null {
  const name = groups['holiday'] ?? '';
  const when = groups['when']?.toLowerCase();
  const today = formatDay(reference);
  const days = [-1, 0, 1].map((shift) => holidayIn(name, reference.year + shift));
  const before = days.filter((day) => day !== null && formatDay(day) < today).pop();
  const after = days.find((day) => day !== null && formatDay(day) >= today);
  if (before === undefined || before === null || after === undefined || after === null) return null;
  if (when === 'last') return formatDay(before);
  if (when === 'next') return formatDay(after);
  return formatDay(daysBetween(before, reference) <= daysBetween(reference, after) ? before : after);
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000
  );
}
