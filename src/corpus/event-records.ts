import type { Document, EventArgument, EventMention, EventRecord } from '../model/index.js';
import { addDays, addMonths, daysCovered } from '../extract/dating/day-math.js';

/** Two stated dates this many days apart or fewer may still be one event, reported with a contradiction. */
export const DATE_SLACK_DAYS = 10;
import { foldName } from './name-fold.js';
import { eventFamily } from '../extract/events/lexicon/families.js';

export { eventFamily };

/** How far before its article a held event with no stated date may lie, in days. */
export const HELD_LOOKBACK_DAYS = 45;
/** How far after its article a planned or announced event with no stated date may lie, in days. */
export const PLANNED_LOOKAHEAD_DAYS = 120;

/**
 * The event records of one document, before merging: participants resolved to actors through `actorOf`
 * (document entity id → actor id), places folded, and the days each event can fall on. Pure.
 */
export function eventRecordsOf(
  doc: Document,
  actorOf: (entityId: string) => string | undefined,
): EventRecord[] {
  const published = doc.published.value?.slice(0, 10) ?? null;
  return (doc.layers.eventMentions ?? []).map((mention, index) => {
    const participants = participantKeys(mention.participants, actorOf);
    const place = mention.place ? foldName(mention.place.name) : null;
    const record: EventRecord = {
      docId: doc.id,
      index,
      eventId: '',
      kind: mention.kind,
      status: mention.status,
      published,
      date: mention.date?.value ?? null,
      window: eventWindow(mention, published),
      place: place === '' ? null : place,
      placeName: mention.place?.name ?? null,
      participants: participants.map((p) => p.key),
      participantNames: participants.map((p) => p.name),
      round: mention.round,
      refersBack: mention.refersBack,
      sameAs: mention.sameAs ?? null,
      outcome: mention.outcome?.text ?? null,
      span: mention.span,
      trigger: mention.trigger,
      label: eventLabel(mention, doc.text),
      keys: [],
      reasons: [],
      score: 0,
    };
    record.keys = blockingKeys(record);
    return record;
  });
}

function participantKeys(
  args: readonly EventArgument[],
  actorOf: (entityId: string) => string | undefined,
): Array<{ key: string; name: string }> {
  const byKey = new Map<string, string>();
  for (const arg of args) {
    const actor = arg.entity ? actorOf(arg.entity) : undefined;
    const key = actor ?? `name:${foldName(arg.name)}`;
    if (!byKey.has(key)) byKey.set(key, arg.name);
  }
  return [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, name]) => ({ key, name }));
}

/**
 * The days an event can fall on: its stated date's days; else, from the article's date, the weeks before
 * it for a held event and the months after it for a planned one; null when neither is known.
 */
export function eventWindow(
  mention: EventMention,
  published: string | null,
): { from: string; to: string } | null {
  const stated = mention.date?.value ? daysCovered(mention.date.value) : null;
  if (stated) return { from: stated[0], to: stated[1] };
  if (!published) return null;
  if (mention.status === 'held') return { from: addDays(published, -HELD_LOOKBACK_DAYS), to: published };
  if (mention.status === 'planned' || mention.status === 'announced' || mention.status === 'postponed') {
    return { from: published, to: addDays(published, PLANNED_LOOKAHEAD_DAYS) };
  }
  return { from: addDays(published, -HELD_LOOKBACK_DAYS), to: addDays(published, PLANNED_LOOKAHEAD_DAYS) };
}

/**
 * The keys a record is stored under: for its place and each participant ("subjects"), one key per month its
 * days can reach (widened by the date slack), plus a month-free key that only undated records look up;
 * an undated record is stored under its subjects' `undated` keys.
 */
export function blockingKeys(record: EventRecord): string[] {
  const subjects = subjectKeys(record);
  if (!record.window) return subjects.map((subject) => `${subject}|undated`);
  const months = monthsOf(record.window);
  return subjects.flatMap((subject) => [subject, ...months.map((month) => `${subject}|${month}`)]);
}

/**
 * The keys a record looks its candidates up by: a dated record, the months its days reach and the
 * undated keys; an undated one, the month-free keys (every dated record of the same subject) and the
 * undated keys. So dated records never read the whole history of a busy actor.
 */
export function queryKeys(record: EventRecord): string[] {
  const subjects = subjectKeys(record);
  const undated = subjects.map((subject) => `${subject}|undated`);
  if (!record.window) return [...subjects, ...undated];
  const months = monthsOf(record.window);
  return [...undated, ...subjects.flatMap((subject) => months.map((month) => `${subject}|${month}`))];
}

function subjectKeys(record: EventRecord): string[] {
  const family = eventFamily(record.kind);
  const keys = record.place ? [`${family}|place:${record.place}`] : [];
  for (const participant of record.participants) keys.push(`${family}|actor:${participant}`);
  return keys;
}

/** The months (`YYYY-MM`) a window reaches, widened by the date slack on both sides. */
function monthsOf(window: { from: string; to: string }): string[] {
  const last = addDays(window.to, DATE_SLACK_DAYS).slice(0, 7);
  const months: string[] = [];
  for (let day = `${addDays(window.from, -DATE_SLACK_DAYS).slice(0, 7)}-01`; day.slice(0, 7) <= last;) {
    months.push(day.slice(0, 7));
    day = addMonths(day, 1);
    if (months.length > 24) break;
  }
  return months;
}

/** A short label: the trigger as written, the place, and who took part ("talks in Istanbul: Russia, Ukraine"). */
function eventLabel(mention: EventMention, text: string): string {
  const trigger = text.slice(mention.trigger.start, mention.trigger.end).replace(/\s+/g, ' ').trim();
  const place = mention.place && !trigger.includes(mention.place.name) ? ` in ${mention.place.name}` : '';
  const who = [...new Set(mention.participants.map((p) => p.name))].slice(0, 4).join(', ');
  return `${trigger}${place}${who ? `: ${who}` : ''}`;
}
