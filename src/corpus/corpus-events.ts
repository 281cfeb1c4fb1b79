import type { EventKind, EventRecord, EventStatus, Span } from '../model/index.js';
import { appendTo } from '../model/index.js';

/** One report in an event's lifecycle: what an article said of it, and when the article appeared. */
export interface LifecycleStep {
  status: EventStatus;
  published: string | null;
  doc: string;
  span: Span;
}

/** An event merged across articles, as the timeline and the export show it. */
export interface CorpusEvent {
  id: string;
  kind: EventKind;
  label: string;
  /** The status of the latest report (by article date, then ingest order) that states one. */
  status: EventStatus;
  /** The most precise stated date, or null; `basis: 'text'` when stated, `unknown` otherwise. */
  date: {
    value: string | null;
    precision: 'year' | 'month' | 'week' | 'day' | 'unknown';
    basis: 'text' | 'unknown';
  };
  place: string | null;
  participants: string[];
  participantNames: string[];
  outcome: { text: string; doc: string; span: Span } | null;
  round: number | null;
  /** How many articles report the event, each copy of another article (syndicated, rewritten) left out. */
  reports: number;
  mentions: Array<{
    doc: string;
    span: Span;
    kind: EventKind;
    status: EventStatus;
    published: string | null;
    /** Set when the report's article copies an earlier one: the report is not counted again. */
    copyOf?: string;
  }>;
  /** Status changes in report order: announced (date, source) → held (date, source). */
  lifecycle: LifecycleStep[];
  /** Why the mentions were merged: each joining mention's reasons. */
  explain: string[];
}

/**
 * Groups stored records into events, in order of each event's first report. `copies` maps an article that
 * copies another (near-duplicate or syndicated) to the original, so its reports are marked and not counted.
 * Pure.
 */
export function buildEvents(
  records: readonly EventRecord[],
  copies: ReadonlyMap<string, string> = new Map(),
): CorpusEvent[] {
  const groups = new Map<string, EventRecord[]>();
  for (const record of records) {
    const group = groups.get(record.eventId);
    if (group) group.push(record);
    else groups.set(record.eventId, [record]);
  }
  return [...groups.values()].map((members) => eventOf(members, copies));
}

function eventOf(members: EventRecord[], copies: ReadonlyMap<string, string>): CorpusEvent {
  const ordered = inReportOrder(members);
  const first = members[0]!;
  const stated = ordered.filter((r) => r.status !== 'unknown');
  const dated = members.filter((r) => r.date !== null).sort((a, b) => b.date!.length - a.date!.length);
  const placed = members.find((r) => r.placeName !== null);
  const outcome = ordered.find((r) => r.outcome !== null);
  const participants = new Map<string, string>();
  for (const r of members)
    r.participants.forEach((p, i) => participants.set(p, participants.get(p) ?? r.participantNames[i] ?? p));
  return {
    id: first.eventId,
    kind: mostCommon(members.map((r) => r.kind)),
    label: members.reduce((a, b) => (b.label.length > a.label.length ? b : a)).label,
    status: stated.at(-1)?.status ?? 'unknown',
    date: dateOf(dated[0]?.date ?? null),
    place: placed?.placeName ?? null,
    participants: [...participants.keys()],
    participantNames: [...participants.values()],
    outcome: outcome ? { text: outcome.outcome!, doc: outcome.docId, span: outcome.span } : null,
    round: members.find((r) => r.round !== null)?.round ?? null,
    reports: new Set(members.filter((r) => !copies.has(r.docId)).map((r) => r.docId)).size,
    mentions: distinctReports(ordered).map((r) => ({
      doc: r.docId,
      span: r.span,
      kind: r.kind,
      status: r.status,
      published: r.published,
      ...(copies.has(r.docId) ? { copyOf: copies.get(r.docId)! } : {}),
    })),
    lifecycle: lifecycleOf(stated),
    explain: members.flatMap((r) =>
      r.reasons.length > 0 ? [`${r.docId}#${r.index}: ${r.reasons.join('; ')}`] : [],
    ),
  };
}

const STAGE: Record<EventStatus, number> = {
  announced: 0,
  planned: 1,
  postponed: 2,
  unknown: 2,
  held: 3,
  cancelled: 3,
};

/**
 * Reports in the order they appeared: dated reports by article date (stable for equal dates); an undated
 * report goes before the first dated one that tells a later stage ("planned" before "held"), else last.
 */
export function inReportOrder(records: readonly EventRecord[]): EventRecord[] {
  const dated = records
    .filter((r) => r.published !== null)
    .sort((a, b) => (a.published === b.published ? 0 : a.published! < b.published! ? -1 : 1));
  // Each undated report goes just before the first dated one of a later stage, after the undated ones
  // placed there before it; found per stage once, not by a scan and a splice per report (quadratic in
  // an event's reports, which a big event has by the thousand).
  const firstAbove = new Map<number, number>();
  for (const stage of new Set(Object.values(STAGE))) {
    const at = dated.findIndex((r) => STAGE[r.status] > stage);
    firstAbove.set(stage, at === -1 ? dated.length : at);
  }
  const before = new Map<number, EventRecord[]>();
  for (const undated of records) {
    if (undated.published === null) appendTo(before, firstAbove.get(STAGE[undated.status])!, undated);
  }
  const out: EventRecord[] = [];
  for (let i = 0; i <= dated.length; i += 1) {
    out.push(...(before.get(i) ?? []));
    if (i < dated.length) out.push(dated[i]!);
  }
  return out;
}

/** One report per sentence: two triggers in one sentence ("travel to … for a visit") are one report. */
function distinctReports(ordered: EventRecord[]): EventRecord[] {
  const seen = new Set<string>();
  return ordered.filter((r) => {
    const key = `${r.docId}|${r.span.start}|${r.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lifecycleOf(stated: EventRecord[]): LifecycleStep[] {
  const steps: LifecycleStep[] = [];
  for (const r of stated) {
    if (steps.at(-1)?.status === r.status) continue;
    steps.push({ status: r.status, published: r.published, doc: r.docId, span: r.span });
  }
  return steps;
}

function dateOf(value: string | null): CorpusEvent['date'] {
  if (!value) return { value: null, precision: 'unknown', basis: 'unknown' };
  const precision = /^\d{4}-\d{2}-\d{2}/.test(value)
    ? 'day'
    : /^\d{4}-W\d{2}$/.test(value)
      ? 'week'
      : /^\d{4}-\d{2}$/.test(value)
        ? 'month'
        : 'year';
  return { value, precision, basis: 'text' };
}

function mostCommon<T extends string>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
