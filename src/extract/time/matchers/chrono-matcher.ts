import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import { pad, type CalendarDate } from '../calendar.js';
import { CHRONO_MISREADINGS, LEADING_PREPOSITION } from '../lexicon/chrono-misreadings.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { dualPattern, patternFor } from '../dual-pattern.js';
import { casualFor } from './chrono-parsers.js';

/**
 * With no reference date the sentence is parsed against two unrelated placeholder days; a value that
 * differs between them depends on the reference ("this month", "two weeks ago") and is withheld.
 */
const PLACEHOLDERS: readonly CalendarDate[] = [
  { year: 2000, month: 1, day: 1 },
  { year: 2011, month: 7, day: 15 },
];
/**
 * A cheap test a sentence must pass before chrono, the slowest step, reads it: digits shaped like a date
 * or a time ("2/27", "15:00", "3 pm", "18th"), or a word chrono builds dates from. Words the relative
 * matcher reads as well ("today", "now", "tonight", "this month") are left out: on the same span it wins
 * anyway. Unit words ("day", "year") pass only before "earlier", "later" or "from now"; alone they are the
 * duration matcher's. This skips most sentences of news text (times layer about 500 → 580 articles/s on
 * the bench, TempEval value F1 78.6 → 78.9); the cost is chrono's rare bare-number times ("at 9").
 */
const MAY_HOLD_DATE = dualPattern(
  new RegExp(
    `\\d[/:.-]\\d|\\d\\s*[ap]\\.?m\\b|\\d(?:st|nd|rd|th)\\b|\\b(?:day|week|month|year)s?\\s+(?:earlier|later|from now)\\b|\\b(?:${[
      'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?',
      'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?',
      'noon|midnight|ago|tues|thurs|o.clock',
    ].join('|')})s?\\b`,
    'iu',
  ),
);
const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'meridiem'] as const;

/**
 * Proposes what chrono-node's casual English parser finds in the sentence, converted to TIMEX3 at the
 * precision the text stated: "February" → `2025-02`, "Feb. 18" → `2025-02-18`, "3 p.m." → a day with
 * `T15:00`. Casual rather than strict: on TimeBank it finds "yesterday", "Friday" and "this month",
 * which strict ignores (measured with npm run eval). A bare weekday is left to the tense refiner.
 */
export function chronoMatcher(input: SentenceInput): TimeCandidate[] {
  if (!patternFor(MAY_HOLD_DATE, input.text).test(input.text)) return [];
  const parser = casualFor(input.text);
  const candidates = parseAt(parser, input, input.reference ?? PLACEHOLDERS[0]!);
  // Only a value can move with the reference: when every value is already withheld, there is nothing to
  // compare, and the second parse (half of chrono's cost on undated text) is skipped.
  if (input.reference !== null || candidates.every((c) => c.value === null)) return candidates;
  const other = new Map(parseAt(parser, input, PLACEHOLDERS[1]!).map((c) => [c.span.start, c.value]));
  for (const candidate of candidates) {
    if (other.get(candidate.span.start) !== candidate.value) candidate.value = null;
  }
  return candidates;
}

function parseAt(parser: Chrono, input: SentenceInput, reference: CalendarDate): TimeCandidate[] {
  const instant = new Date(reference.year, reference.month - 1, reference.day, 12);
  return parser
    .parse(input.text, { instant })
    .map((result) => toCandidate(result, input))
    .filter((candidate): candidate is TimeCandidate => candidate !== null);
}

/** chrono keeps a comma after a weekday ("Monday, …"); a span ends at the word. */
const TRAILING_PUNCTUATION = /[\s,;:]+$/;

function toCandidate(result: ParsedResult, input: SentenceInput): TimeCandidate | null {
  if (CHRONO_MISREADINGS.some((pattern) => pattern.test(result.text))) return null;
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const start = input.offset + result.index + lead;
  const trail = TRAILING_PUNCTUATION.exec(result.text)?.[0].length ?? 0;
  const span = { start, end: input.offset + result.index + result.text.length - trail };
  const components = result.start;
  const stated = COMPONENTS.filter((name) => components.isCertain(name));
  if (!stated.some((name) => name !== 'meridiem')) return null;
  const candidate: TimeCandidate = {
    span,
    type: components.isCertain('hour') ? 'TIME' : 'DATE',
    value: valueOf(components, input.reference !== null),
    stated,
    matcher: 'matcher/chrono',
  };
  const weekday = components.get('weekday');
  if (weekday !== null && components.isCertain('weekday') && !components.isCertain('day')) {
    candidate.weekday = { day: weekday, suffix: timeSuffix(components), direction: 'tense' };
  }
  const month = components.get('month');
  if (month !== null && components.isCertain('month') && !components.isCertain('year')) {
    const rest = (candidate.value ?? '').slice('YYYY-MM'.length);
    candidate.yearless = { month, rest };
  }
  return candidate;
}

/**
 * The TIMEX3 value at the finest stated precision; implied parts come from the reference date. With no
 * reference, an implied year becomes `XXXX` ("February 18" → `XXXX-02-18`); a day or hour with no
 * stated month gives null, as does (in `chronoMatcher`) any value that moves with the reference.
 */
function valueOf(components: ParsedComponents, hasReference: boolean): string | null {
  const certain = (name: (typeof COMPONENTS)[number]): boolean => components.isCertain(name);
  const dayStated = certain('day') || certain('weekday');
  if (!hasReference && ((certain('hour') && !dayStated) || (dayStated && !certain('month')))) return null;
  const year = hasReference || certain('year') ? pad(components.get('year') ?? 0, 4) : 'XXXX';
  const month = pad(components.get('month') ?? 1, 2);
  const day = pad(components.get('day') ?? 1, 2);
  if (certain('hour') || dayStated) return `${year}-${month}-${day}${timeSuffix(components)}`;
  if (certain('month')) return `${year}-${month}`;
  return year;
}

/** `T15:00` when the hour was stated, else nothing. */
function timeSuffix(components: ParsedComponents): string {
  if (!components.isCertain('hour')) return '';
  return `T${pad(components.get('hour') ?? 0, 2)}:${pad(components.get('minute') ?? 0, 2)}`;
}
