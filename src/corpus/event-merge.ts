import type { EventRecord } from '../model/index.js';
import { dayNumber } from '../extract/dating/day-math.js';
import { DATE_SLACK_DAYS, eventFamily, queryKeys } from './event-records.js';

/** The score a mention needs to join an event. */
export const EVENT_MERGE_THRESHOLD = 3;

/** Why a mention may or may not join an event: the score, the reasons, or what blocks it. */
export interface MergeVerdict {
  score: number;
  reasons: string[];
  blocked: string | null;
}

/**
 * Assigns each incoming record to an event: the event of the earlier report it names again in the same
 * article (`sameAs`, linked by the event extractor), else the best-scoring event it shares a key or an article with
 * (known, or started by an earlier incoming record) when it reaches the threshold, else a new event named
 * after the record. Known records keep their events, so adding an article never splits or renames what was
 * merged before. Pure and deterministic: ties go to the event seen first.
 */
export function mergeEventRecords(
  known: readonly EventRecord[],
  incoming: readonly EventRecord[],
): EventRecord[] {
  const events = new EventIndex();
  for (const record of known) events.add(record);
  const out: EventRecord[] = [];
  for (const record of incoming) {
    const earlier = record.sameAs ? events.eventOf(record.docId, record.sameAs.index) : undefined;
    if (earlier && record.sameAs) {
      const linked: EventRecord = {
        ...record,
        eventId: earlier,
        reasons: [`the article reports it as the same event (${record.sameAs.why})`],
        score: EVENT_MERGE_THRESHOLD,
      };
      events.add(linked);
      out.push(linked);
      continue;
    }
    let best: { id: string; verdict: MergeVerdict; order: number } | null = null;
    for (const id of events.candidates(record)) {
      const verdict = judgeMerge(record, events.members(id));
      if (verdict.blocked || verdict.score < EVENT_MERGE_THRESHOLD) continue;
      const order = events.order(id);
      if (
        !best ||
        verdict.score > best.verdict.score ||
        (verdict.score === best.verdict.score && order < best.order)
      ) {
        best = { id, verdict, order };
      }
    }
    const merged: EventRecord = {
      ...record,
      eventId: best?.id ?? `ev-${record.docId}-${record.index}`,
      reasons: best?.verdict.reasons ?? [],
      score: best?.verdict.score ?? 0,
    };
    events.add(merged);
    out.push(merged);
  }
  return out;
}

/** Events by id, with the stored keys and articles that lead to them. */
class EventIndex {
  readonly #members = new Map<string, EventRecord[]>();
  readonly #byKey = new Map<string, Set<string>>();
  readonly #byDoc = new Map<string, Set<string>>();
  readonly #order = new Map<string, number>();
  readonly #byReport = new Map<string, string>();

  add(record: EventRecord): void {
    this.#byReport.set(`${record.docId}\u0000${record.index}`, record.eventId);
    const list = this.#members.get(record.eventId);
    if (list) list.push(record);
    else {
      this.#members.set(record.eventId, [record]);
      this.#order.set(record.eventId, this.#order.size);
    }
    for (const key of record.keys) addTo(this.#byKey, key, record.eventId);
    addTo(this.#byDoc, record.docId, record.eventId);
  }

  /** The event of one article's report, when it has been placed. */
  eventOf(docId: string, index: number): string | undefined {
    return this.#byReport.get(`${docId}\u0000${index}`);
  }

  members(id: string): EventRecord[] {
    return this.#members.get(id) ?? [];
  }

  /** Insertion rank of an event, for ties. */
  order(id: string): number {
    return this.#order.get(id) ?? this.#order.size;
  }

  /** The events a record could join: those of its own article, and those sharing a key it looks up. */
  candidates(record: EventRecord): Set<string> {
    const ids = new Set(this.#byDoc.get(record.docId) ?? []);
    for (const key of queryKeys(record)) for (const id of this.#byKey.get(key) ?? []) ids.add(id);
    return ids;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/**
 * Whether `record` can join the event made of `members`, and how strongly. Blocked by another family, a
 * different round, another place, or days that cannot meet. Scored by same place (2), shared participants
 * (1 each, up to 3), same kind (1), overlapping stated dates (1), a bare back-reference in the same
 * article (3), or the same article and status with a place or participant in common (1). Across articles,
 * the same place or two shared participants are needed. One article's held and planned reports never join.
 */
export function judgeMerge(record: EventRecord, members: readonly EventRecord[]): MergeVerdict {
  // Members are judged without their reasons written out (a big event has hundreds, most of them soft
  // misses); only the verdict returned is judged again with them.
  let best: EventRecord | null = null;
  let bestScore = 0;
  for (const member of members) {
    const verdict = judgePair(record, member, false);
    if (verdict.blocked && verdict.blocked !== SOFT) return judgePair(record, member, true);
    if (!verdict.blocked && (!best || verdict.score > bestScore)) {
      best = member;
      bestScore = verdict.score;
    }
  }
  return best ? judgePair(record, best, true) : { score: 0, reasons: [], blocked: SOFT };
}

/** A member that neither joins nor forbids: another member of the same event may still match. */
const SOFT = 'too little in common';

/** The reason a pair is blocked when it is not being explained. */
const BLOCKED = 'blocked';

/**
 * One member's verdict. With `explain` false the score and whether (and how: soft or not) it is blocked
 * are the same, but no reason is written: `reasons` stays empty and a hard block reads `BLOCKED`.
 */
function judgePair(record: EventRecord, member: EventRecord, explain: boolean): MergeVerdict {
  // No closures here: this runs for every member of every candidate event.
  if (eventFamily(record.kind) !== eventFamily(member.kind))
    return hardBlock(explain ? `${record.kind} is not ${member.kind}` : BLOCKED);
  if (record.round !== null && member.round !== null && record.round !== member.round) {
    return hardBlock(explain ? `round ${record.round} is not round ${member.round}` : BLOCKED);
  }
  if (record.place && member.place && record.place !== member.place) {
    return hardBlock(
      explain ? `${record.placeName ?? record.place} is not ${member.placeName ?? member.place}` : BLOCKED,
    );
  }
  const sameDoc = record.docId === member.docId;
  if (sameDoc && heldVersusAhead(record.status, member.status)) {
    return hardBlock(
      explain ? `one article reports one ${record.status} and the other ${member.status}` : BLOCKED,
    );
  }
  let sharedCount = 0;
  for (const p of record.participants) if (member.participants.includes(p)) sharedCount += 1;
  const gap = dayGap(record.window, member.window);
  const samePlace = record.place !== null && record.place === member.place;
  const bothStated = record.date !== null && member.date !== null;
  if (gap > 0 && !(bothStated && gap <= DATE_SLACK_DAYS && samePlace && sharedCount >= 2)) {
    return hardBlock(explain ? `their days are ${gap} apart` : BLOCKED);
  }
  const reasons: string[] = [];
  let score = 0;
  if (samePlace) {
    score += 2;
    if (explain) reasons.push(`same place: ${record.placeName ?? record.place}`);
  }
  if (sharedCount > 0) {
    score += Math.min(sharedCount, 3);
    if (explain) {
      const shared = record.participants.filter((p) => member.participants.includes(p));
      const names = shared.map((key) => record.participantNames[record.participants.indexOf(key)] ?? key);
      reasons.push(`shared participants: ${names.join(', ')}`);
    }
  }
  if (record.kind === member.kind) {
    score += 1;
    if (explain) reasons.push(`same kind: ${record.kind}`);
  }
  if (bothStated && gap === 0) {
    score += 1;
    if (explain) reasons.push(`stated dates meet: ${record.date} and ${member.date}`);
  } else if (bothStated && explain) reasons.push(`stated dates differ: ${record.date} and ${member.date}`);
  // A back-reference ("such a meeting", "the talks") may name who and when: its days already fit.
  const bare =
    !record.place &&
    record.round === null &&
    ((record.participants.length === 0 && record.date === null) ||
      (record.refersBack && sameStage(record, member)));
  if (bare && sameDoc) {
    score += 3;
    if (explain) reasons.push('refers back to an event of the same article');
  } else if (sameDoc && record.status === member.status && (samePlace || sharedCount > 0)) {
    score += 1;
    if (explain) reasons.push(`same article, both ${record.status}`);
  } else if (!samePlace && sharedCount < 2) return { score, reasons, blocked: SOFT };
  return { score, reasons, blocked: null };
}

function hardBlock(why: string): MergeVerdict {
  return { score: 0, reasons: [], blocked: why };
}

/** Both reports tell the same stage: both held, or both still ahead. */
function sameStage(a: EventRecord, b: EventRecord): boolean {
  return a.status === b.status || (isAhead(a.status) && isAhead(b.status));
}

/** Still ahead: planned or announced. */
function isAhead(status: EventRecord['status']): boolean {
  return status === 'planned' || status === 'announced';
}

/** One report of an event held and another of it still ahead: in one article, two different events. */
function heldVersusAhead(a: EventRecord['status'], b: EventRecord['status']): boolean {
  return (a === 'held' && isAhead(b)) || (b === 'held' && isAhead(a));
}

/** Days between two windows: 0 when they meet or either is unknown. */
function dayGap(a: EventRecord['window'], b: EventRecord['window']): number {
  if (!a || !b) return 0;
  if (a.to < b.from) return dayOf(b.from) - dayOf(a.to);
  if (b.to < a.from) return dayOf(a.from) - dayOf(b.to);
  return 0;
}

/** `dayNumber`, remembered: windows repeat across a big event's members, and a corpus spans few days. */
const dayNumbers = new Map<string, number>();
function dayOf(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = dayNumber(day);
    if (dayNumbers.size < 100_000) dayNumbers.set(day, n);
  }
  return n;
}
