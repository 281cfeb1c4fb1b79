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
  for (const record of records) groups.set(record.eventId, [...(groups.get(record.eventId) ?? []), record]);
  const out: EventContradiction[] = [];
  for (const [eventId, members] of groups) {
    const dates = claimsBy(
      members.filter((r) => r.date !== null && r.window !== null),
      (r) => r.date!,
      (a, b) => a.window!.to < b.window!.from || b.window!.to < a.window!.from,
    );
    if (dates) out.push({ event: eventId, about: `the date of ${label(eventId)}`, claims: dates });
    const outcomes = claimsBy(
      members.filter((r) => r.outcome !== null),
      (r) => (NOTHING.test(r.outcome!) ? `no agreement (${r.outcome})` : `agreement (${r.outcome})`),
      (a, b) => NOTHING.test(a.outcome!) !== NOTHING.test(b.outcome!),
    );
    if (outcomes) out.push({ event: eventId, about: `the outcome of ${label(eventId)}`, claims: outcomes });
  }
  return out;
}

/** Claims grouped by value, when two of them from different articles conflict; else null. */
function claimsBy(
  members: EventRecord[],
  valueOf: (r: EventRecord) => string,
  conflict: (a: EventRecord, b: EventRecord) => boolean,
): Claim[] | null {
  const clash = members.some((a) => members.some((b) => a.docId !== b.docId && conflict(a, b)));
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
