import type { AnchoredTime, KnownAnchor, Sentence, TimeExpression } from '../../model/index.js';
import { matchCue } from '../../packs/cue-matcher.js';
import { addDays, addMonths } from '../dating/day-math.js';

const DURATION = /^P(\d+)([DWMY])$/;
const RELATION = /^\s+(before|after)\s+/i;
/** The event's words end at a clause break, or after this many characters. */
const CLAUSE_END = /[,;:()—–]|\s-\s/;
const MAX_EVENT_CHARS = 160;
/** Any gap between cue words within the event's words: the clause bounds the match. */
const WITHIN_CLAUSE = 1000;

/**
 * Finds dates given as a distance from an event: a duration ("two days", "nearly three years") followed by
 * "before" or "after" and the words naming the event, up to the end of the clause. When a known anchor's
 * cue matches those words, the date is the anchor's date moved by the distance (`YYYY-MM-DD` for days and
 * weeks, `YYYY-MM` for months and years); otherwise the value is null and the event's words stay named.
 * Pure.
 */
export function findAnchoredTimes(
  text: string,
  sentences: readonly Sentence[],
  times: readonly TimeExpression[],
  anchors: readonly KnownAnchor[],
): AnchoredTime[] {
  const found: AnchoredTime[] = [];
  for (const time of times) {
    if (time.type !== 'DURATION' || !time.value) continue;
    const duration = DURATION.exec(time.value);
    if (!duration) continue;
    const sentence = sentences.find((s) => s.span.start <= time.span.start && time.span.end <= s.span.end);
    if (!sentence) continue;
    const after = text.slice(time.span.end, sentence.span.end);
    const relation = RELATION.exec(after);
    if (!relation) continue;
    const eventStart = time.span.end + relation[0].length;
    const rest = text.slice(eventStart, Math.min(sentence.span.end, eventStart + MAX_EVENT_CHARS));
    const clause = rest
      .split(CLAUSE_END)[0]!
      .replace(/[.!?"”’]+\s*$/, '')
      .trimEnd();
    if (clause.length === 0) continue;
    const eventSpan = { start: eventStart, end: eventStart + clause.length };
    const direction = relation[1]!.toLowerCase() as 'before' | 'after';
    const known = anchors.find((anchor) => anchor.cues.some((cue) => matchCue(clause, cue, WITHIN_CLAUSE)));
    const amount = Number(duration[1]);
    const unit = duration[2] as 'D' | 'W' | 'M' | 'Y';
    found.push({
      span: { start: time.span.start, end: eventSpan.end },
      relation: direction,
      offset: time.value,
      value: known
        ? shift(direction === 'before' ? known.date : (known.end ?? known.date), direction, amount, unit)
        : null,
      anchor: {
        span: eventSpan,
        ...(known ? { id: known.id, label: known.label, date: known.date, basis: known.basis } : {}),
      },
    });
  }
  return found;
}

function shift(
  day: string,
  direction: 'before' | 'after',
  amount: number,
  unit: 'D' | 'W' | 'M' | 'Y',
): string {
  const sign = direction === 'before' ? -1 : 1;
  if (unit === 'D') return addDays(day, sign * amount);
  if (unit === 'W') return addDays(day, sign * amount * 7);
  return addMonths(day, sign * amount * (unit === 'Y' ? 12 : 1)).slice(0, 7);
}
