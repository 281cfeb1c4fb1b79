import { addDays, formatDay, formatIsoWeek, pad, weekdayOf, type CalendarDate } from '../calendar.js';
import {
  FUTURE_BEFORE_TO,
  FUTURE_MARKERS,
  NOT_FUTURE_BEFORE_TO,
  PAST_FORMS,
  PAST_SUFFIX,
} from '../lexicon/tense-words.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { wordOf } from '../word-of.js';
import { VERB_TAGS } from '../lexicon/false-positive-words.js';
import type { TimeRefiner } from './time-refiner.js';

type Tense = 'past' | 'future' | 'nearest';

/**
 * How many tokens away a tense word may be to choose a month's year. Measured on TimeBank: with no limit
 * a far "said" moved future months into the past and cost a point of value accuracy; 5 scored best of 0, 2, 3, 5 and 8 (on AQUAINT too).
 */
const YEAR_TENSE_REACH = 5;

/**
 * Resolves weekday candidates to a day (and weekends to a week), and months stated without a year to a
 * year. "last Friday" and "next Friday" say which; a bare "(on) Friday"
 * takes the tense of the nearest tense-bearing word in the sentence: a past form ("met on Friday") gives
 * the latest such day up to the reference day, a future marker ("will meet", "is due to", "plans to") the
 * next one after it, and with neither the nearest (within three days). Without a reference it stays null.
 */
export const tenseRefiner: TimeRefiner = (candidates, sentence) =>
  candidates.map((candidate) => {
    const reference = sentence.reference;
    if (reference === null) return candidate;
    if (candidate.weekday !== undefined)
      return resolveWeekday(candidate, candidate.weekday, sentence, reference);
    if (candidate.yearless !== undefined)
      return resolveYear(candidate, candidate.yearless, sentence, reference);
    return candidate;
  });

function resolveWeekday(
  candidate: TimeCandidate,
  weekday: NonNullable<TimeCandidate['weekday']>,
  sentence: SentenceInput,
  reference: CalendarDate,
): TimeCandidate {
  if (weekday.day < 0) return candidate;
  const tense = weekday.direction === 'tense' ? tenseAround(candidate, sentence) : weekday.direction;
  const day = addDays(reference, dayOffset(reference, weekday.day, tense, weekday.direction !== 'tense'));
  const value = (weekday.asWeek === true ? formatIsoWeek(day) : formatDay(day)) + weekday.suffix;
  return { ...candidate, value };
}

/**
 * A month with no year ("in March", "March 31") is the latest one up to the reference month in a past
 * sentence, the next one from it in a future sentence; otherwise chrono's nearest choice stands.
 */
function resolveYear(
  candidate: TimeCandidate,
  yearless: NonNullable<TimeCandidate['yearless']>,
  sentence: SentenceInput,
  reference: CalendarDate,
): TimeCandidate {
  const tense = tenseAround(candidate, sentence, YEAR_TENSE_REACH);
  if (tense === 'nearest') return candidate;
  let year = reference.year;
  if (tense === 'past' && yearless.month > reference.month) year -= 1;
  if (tense === 'future' && yearless.month < reference.month) year += 1;
  return { ...candidate, value: `${pad(year, 4)}-${pad(yearless.month, 2)}${yearless.rest}` };
}

/** Days from the reference to the meant weekday. A stated "last"/"next" excludes the reference day. */
export function dayOffset(reference: CalendarDate, day: number, tense: Tense, stated: boolean): number {
  const ahead = (day - weekdayOf(reference) + 7) % 7;
  if (tense === 'future') return ahead === 0 ? 7 : ahead;
  if (tense === 'past') return ahead === 0 ? (stated ? -7 : 0) : ahead - 7;
  return ahead > 3 ? ahead - 7 : ahead;
}

/** The tense of the closest word outside the candidate that marks one, by distance in tokens. */
function tenseAround(candidate: TimeCandidate, sentence: SentenceInput, maxDistance = Infinity): Tense {
  let best: { distance: number; tense: Tense } = { distance: Infinity, tense: 'nearest' };
  sentence.tokens.forEach((token, index) => {
    if (token.span.start >= candidate.span.start && token.span.end <= candidate.span.end) return;
    const following = sentence.tokens[index + 1];
    const beforeTo = following !== undefined && wordOf(sentence, following) === 'to';
    const tense = tenseOf(wordOf(sentence, token), token.pos, beforeTo);
    if (tense === 'nearest') return;
    const anchor = sentence.tokens.findIndex((t) => t.span.end > candidate.span.start);
    const distance = Math.abs(index - anchor);
    if (distance < best.distance && distance <= maxDistance) best = { distance, tense };
  });
  return best.tense;
}

function tenseOf(word: string, pos: string, beforeTo: boolean): Tense {
  if (beforeTo && FUTURE_BEFORE_TO.has(word)) return 'future';
  if (FUTURE_MARKERS.has(word) && !(beforeTo && NOT_FUTURE_BEFORE_TO.has(word))) return 'future';
  if (PAST_FORMS.has(word)) return 'past';
  if (VERB_TAGS.has(pos) && word.endsWith(PAST_SUFFIX)) return 'past';
  return 'nearest';
}
