import { buildEvents } from '../corpus/corpus-events.js';
import type { CorpusEvent } from '../corpus/corpus-events.js';
import { eventContradictions } from '../corpus/event-contradictions.js';
import { mergeEventRecords } from '../corpus/event-merge.js';
import { eventRecordsOf, queryKeys } from '../corpus/event-records.js';
import type { Document, QualitySignal } from '../model/index.js';
import type { Store } from '../store/store.js';
import { applyEventDecisions, correctEventRecords } from '../decisions/apply-events.js';
import type { DecidedEvent } from '../decisions/apply-events.js';
import { loadDecisions } from '../decisions/decision-set.js';
import type { Contradiction } from './corpus-service.js';
import { factSignals } from './fact-signals.js';

/**
 * The corpus step for newly stored (or re-analysed) documents: merges their event mentions with the
 * events already known, reading only the stored mentions that share a blocking key. Their actors must be
 * resolved first. Running it twice for the same documents changes nothing. Returns the records written.
 */
export async function mergeDocumentEvents(store: Store, docs: readonly Document[]): Promise<number> {
  if (docs.length === 0) return 0;
  const links = await store.listActorLinks(docs.map((doc) => doc.id));
  const actorOf = new Map(links.map((link) => [`${link.docId}|${link.entityId}`, link.actorId]));
  const incoming = docs.flatMap((doc) => eventRecordsOf(doc, (entity) => actorOf.get(`${doc.id}|${entity}`)));
  const keys = [...new Set(incoming.flatMap(queryKeys))];
  const written = await store.updateEvents(
    docs.map((doc) => doc.id),
    keys,
    (known) => mergeEventRecords(known, incoming),
  );
  return written.length;
}

/** What the corpus knows about events: the timeline of merged events and where sources disagree on them. */
export interface EventReport {
  events: DecidedEvent[];
  /** Events an analyst rejected: out of every report, listed here for the export (marked `rejected`). */
  rejected: DecidedEvent[];
  contradictions: Contradiction[];
  /** `fact-inconsistency` signals per document id: each article whose report another article contradicts. */
  signals: Map<string, QualitySignal[]>;
}

/** Filters for `parley events` and the API. */
export interface EventFilter {
  /** Keep events with a participant whose name contains this, case-insensitively. */
  actor?: string;
  kind?: string;
  status?: string;
  /** Keep events whose stated date, or first report, falls in this range (`YYYY-MM-DD`). */
  from?: string;
  to?: string;
}

/**
 * Every merged event, ordered by date (stated, else first report; undated last), with its lifecycle and
 * reasons, and the contradictions between its reports. Read-only.
 */
export async function buildEventReport(store: Store, filter: EventFilter = {}): Promise<EventReport> {
  const decided = await loadDecisions(store);
  const records = correctEventRecords(await store.listEventRecords(), decided);
  const copies = new Map((await store.listDuplicates()).map((link) => [link.doc, link.of]));
  const { events, rejected } = applyEventDecisions(buildEvents(records, copies), records, decided);
  const labels = new Map(events.map((event) => [event.id, event.label]));
  const gone = new Set(rejected.map((event) => event.id));
  const standing = records.filter((record) => !gone.has(record.eventId));
  const contradictions = eventContradictions(standing, (id) => labels.get(id) ?? id).map((c, i) => ({
    id: `event-${i + 1}`,
    about: c.about,
    claims: c.claims,
  }));
  const kept = events.filter((event) => keepEvent(event, filter));
  return {
    events: kept.sort((a, b) => compare(sortDate(a), sortDate(b))),
    rejected,
    contradictions,
    signals: factSignals(contradictions),
  };
}

/** True when `event` passes every filter given. */
export function keepEvent(event: CorpusEvent, filter: EventFilter): boolean {
  if (filter.kind && event.kind !== filter.kind) return false;
  if (filter.status && event.status !== filter.status) return false;
  if (filter.actor) {
    const needle = filter.actor.toLowerCase();
    if (!event.participantNames.some((name) => name.toLowerCase().includes(needle))) return false;
  }
  const day = sortDate(event);
  if (filter.from && (day === null || day.slice(0, 10) < filter.from)) return false;
  if (filter.to && (day === null || day.slice(0, 10) > filter.to)) return false;
  return true;
}

/** The day an event sorts by: its stated date, else its first dated report's article date. */
export function sortDate(event: CorpusEvent): string | null {
  return event.date.value ?? event.mentions.find((m) => m.published !== null)?.published ?? null;
}

function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
