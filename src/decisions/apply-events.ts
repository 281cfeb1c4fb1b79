import type { CorpusEvent } from '../corpus/corpus-events.js';
import { mergeEventRecords } from '../corpus/event-merge.js';
import { blockingKeys } from '../corpus/event-records.js';
import type { EventRecord } from '../model/index.js';
import type { DecisionSet } from './decision-set.js';
import { marksOf } from './fact-decisions.js';
import type { DecisionMarks } from './fact-decisions.js';

/** An event with the analyst's decisions applied and marked. */
export type DecidedEvent = CorpusEvent & DecisionMarks;

/**
 * The stored event records with their participants moved to the actors the decisions say (merged, split),
 * each participant once, sorted by key as resolution writes them; and, when that changed any record's
 * participants, merged again from the start in the stored order, so two reports that now share their
 * participants become one event (and a split can part what only the merged actor joined). Without such a
 * change the records keep the events ingest gave them. Pure.
 */
export function correctEventRecords(records: readonly EventRecord[], decided: DecisionSet): EventRecord[] {
  if (!decided.decisions.some((d) => d.kind === 'merge-actors' || d.kind === 'split-actor'))
    return [...records];
  const corrected = moveParticipants(records, decided);
  if (corrected.every((record, i) => sameParticipants(record, records[i]!))) return corrected;
  const fresh = corrected.map((record) => {
    const again = { ...record, eventId: '', reasons: [], score: 0 };
    return { ...again, keys: blockingKeys(again) };
  });
  return mergeEventRecords([], fresh);
}

function sameParticipants(a: EventRecord, b: EventRecord): boolean {
  return (
    a.participants.length === b.participants.length && a.participants.every((p, i) => p === b.participants[i])
  );
}

function moveParticipants(records: readonly EventRecord[], decided: DecisionSet): EventRecord[] {
  return records.map((record) => {
    const byKey = new Map<string, string>();
    record.participants.forEach((key, i) => {
      const name = record.participantNames[i] ?? key;
      const actor = key.startsWith('name:')
        ? key
        : (decided.actors.actorOf(record.docId, { name }, key) ?? key);
      if (!byKey.has(actor)) byKey.set(actor, decided.actors.records.get(actor)?.name ?? name);
    });
    const sorted = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      ...record,
      participants: sorted.map(([key]) => key),
      participantNames: sorted.map(([, name]) => name),
    };
  });
}

/**
 * Applies set-date, confirm and reject to merged events. A decision names an event by the id it had when
 * it was made (`ev-<doc>-<mention>`); that names the mention which first reported it, so it finds the event
 * holding that mention now, even when merging in another order gave the event another id. Returns the
 * events kept and, apart, the rejected ones (for the export, marked). Pure.
 */
export function applyEventDecisions(
  events: readonly CorpusEvent[],
  records: readonly EventRecord[],
  decided: DecisionSet,
): { events: DecidedEvent[]; rejected: DecidedEvent[] } {
  const holder = new Map(records.map((r) => [`ev-${r.docId}-${r.index}`, r.eventId]));
  const byEvent = new Map<string, string[]>();
  for (const key of decided.events.keys()) {
    const eventId = holder.get(key) ?? key;
    byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), key]);
  }
  const kept: DecidedEvent[] = [];
  const rejected: DecidedEvent[] = [];
  for (const event of events) {
    const facts = (byEvent.get(event.id) ?? []).map((key) => decided.events.get(key));
    const marks = marksOf(facts);
    if (!marks.decisions) {
      kept.push(event);
      continue;
    }
    const date = facts.findLast((fact) => fact?.date)?.date;
    const decidedEvent: DecidedEvent = {
      ...event,
      ...(date ? { date: { value: date, precision: 'day', basis: 'text' } } : {}),
      ...marks,
    };
    (marks.rejected ? rejected : kept).push(decidedEvent);
  }
  return { events: kept, rejected };
}
