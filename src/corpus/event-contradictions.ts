import { appendTo } from '../model/index.js';
import type { EventRecord, Span } from '../model/index.js';

/** One side of a disagreement, with the reports that make it. */
export interface Claim {
  value: string;
  basis: 'text';
  evidence: Array<{ doc: string; span: Span }>;
}

/** Sources that disagree about one event: different stated dates, or outcomes that cannot both be true. */
export interface EventContradiction {
  event: string;
  about: string;
  claims: Claim[];
}

/** Outcome words that say the event produced nothing. */
const NOTHING =
  /\b(?:without|failed|no (?:deal|agreement|breakthrough|progress)|collapsed|broke down|stalled)\b/i;

/**
 * The contradictions inside each merged event: stated dates that do not meet, and outcomes where one
 * report says it produced an agreement and another that it produced none. Only reports from different
 * articles count: one article's own wording is not a disagreement between sources.
 */
export function eventContradictions(
  records: readonly EventRecord[],
  label: (eventId: string) => string,
): EventContradiction[] {
  const groups = new Map<string, EventRecord[]>();
  for (const record of records) appendTo(groups, record.eventId, record);
  const out: EventContradiction[] = [];
  for (const [eventId, members] of groups) {
    const dated = members.filter((r) => r.date !== null && r.window !== null);
    const dates = claimsBy(dated, (r) => r.date!, datesClash(dated));
    if (dates) out.push({ event: eventId, about: `the date of ${label(eventId)}`, claims: dates });
    const told = members.filter((r) => r.outcome !== null);
    const outcomes = claimsBy(
      told,
      (r) => (NOTHING.test(r.outcome!) ? `no agreement (${r.outcome})` : `agreement (${r.outcome})`),
      outcomesClash(told),
    );
    if (outcomes) out.push({ event: eventId, about: `the outcome of ${label(eventId)}`, claims: outcomes });
  }
  return out;
}

/**
 * Whether two reports from different articles give dates whose windows do not meet: some article's
 * earliest window end falls before another article's latest window start. Linear in the reports (checking
 * every pair took minutes for an event reported 10,000 times).
 */
function datesClash(reports: readonly EventRecord[]): boolean {
  const ends = new Map<string, string>();
  const starts = new Map<string, string>();
  for (const r of reports) {
    const { from, to } = r.window!;
    if (!ends.has(r.docId) || to < ends.get(r.docId)!) ends.set(r.docId, to);
    if (!starts.has(r.docId) || from > starts.get(r.docId)!) starts.set(r.docId, from);
  }
  const earliest = twoBest([...ends], (a, b) => a < b);
  const latest = twoBest([...starts], (a, b) => a > b);
  return earliest.some(([endDoc, end]) =>
    latest.some(([startDoc, start]) => endDoc !== startDoc && end < start),
  );
}

/** Whether one article reports an agreement and a different one reports none. */
function outcomesClash(reports: readonly EventRecord[]): boolean {
  const none = new Set(reports.filter((r) => NOTHING.test(r.outcome!)).map((r) => r.docId));
  const some = new Set(reports.filter((r) => !NOTHING.test(r.outcome!)).map((r) => r.docId));
  return [...none].some((a) => [...some].some((b) => a !== b));
}

/** The two best (doc, value) pairs by `better`: enough to find a best pair from two different docs. */
function twoBest(
  pairs: Array<[string, string]>,
  better: (a: string, b: string) => boolean,
): Array<[string, string]> {
  const best: Array<[string, string]> = [];
  for (const pair of pairs) {
    if (!best[0] || better(pair[1], best[0][1])) best.splice(0, 0, pair);
    else if (!best[1] || better(pair[1], best[1][1])) best.splice(1, 0, pair);
    best.length = Math.min(best.length, 2);
  }
  return best;
}

/** Claims grouped by value, when `clash` says two of them from different articles conflict; else null. */
function claimsBy(
  members: EventRecord[],
  valueOf: (r: EventRecord) => string,
  clash: boolean,
): Claim[] | null {
  if (!clash) return null;
  const claims = new Map<string, Claim>();
  for (const r of members) {
    const value = valueOf(r);
    const claim = claims.get(value) ?? { value, basis: 'text' as const, evidence: [] };
    claim.evidence.push({ doc: r.docId, span: r.span });
    claims.set(value, claim);
  }
  return [...claims.values()];
}
