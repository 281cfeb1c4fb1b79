import type { EventRefiner } from '../event-input.js';
import { tokenSpan } from '../event-input.js';

const DAY = /^\d{4}-\d{2}-\d{2}/u;
const USABLE = /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?/u;

/**
 * Dates each event with the time expression of its clause nearest the trigger (`basis: 'text'`), its
 * TIMEX3 value cut to a day, week, month or year; null when the clause holds none. An expression followed by
 * "of" ("after two days of meetings") measures the event and is passed over. An event with no status
 * cue and a date after the reference date is `planned`; a held event is never dated after the reference
 * date (such a day is a weekday resolved the wrong way), and keeps no date.
 */
export const dateRefiner: EventRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    const clause = tokenSpan(input.tokens, candidate.clause.from, candidate.clause.to);
    let best: { value: string; span: { start: number; end: number }; distance: number } | null = null;
    for (const time of input.times) {
      // A date that starts inside the clause counts even when its last words run past the reach.
      if (time.type !== 'DATE' || time.span.start < clause.start || time.span.start >= clause.end) continue;
      // "two days of meetings" measures the event; it does not date it.
      if (/^\s+of\b/u.test(input.text.slice(time.span.end, time.span.end + 4))) continue;
      const value = USABLE.exec(time.value ?? '')?.[0];
      if (!value) continue;
      const distance = Math.abs(time.span.start - candidate.trigger.start);
      if (!best || distance < best.distance) best = { value, span: time.span, distance };
    }
    if (!best) return candidate;
    const date = { value: best.value, span: { ...best.span }, basis: 'text' as const };
    const later = input.referenceDate !== null && best.value.slice(0, 10) > input.referenceDate;
    // A report of a held event cannot date it after the article: a weekday resolved forward ("met on Monday").
    if (candidate.status === 'held' && later && DAY.test(best.value)) return candidate;
    if (candidate.status === 'unknown' && later && !best.value.includes('W')) {
      return { ...candidate, date, status: 'planned' as const };
    }
    return { ...candidate, date };
  });
