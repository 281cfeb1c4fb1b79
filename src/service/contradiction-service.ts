import type { QualitySignal, StoryPack } from '../model/index.js';
import type { Store } from '../store/store.js';
import { buildActorReport } from './corpus-service.js';
import type { Contradiction } from './corpus-service.js';
import { buildEventReport } from './event-service.js';
import { factSignals } from './fact-signals.js';
import { numberClaimsOf, numberContradictions } from '../corpus/number-claims.js';
import type { NumberClaim } from '../corpus/number-claims.js';

/**
 * Every disagreement between sources the corpus knows of: roles (an actor called "former" while the
 * record holds the role), events (dates, outcomes) and counts ("a coalition of 31 countries"). Each lists the claims side by side with citations.
 */
export async function buildContradictions(
  store: Store,
  pack: StoryPack | null = null,
): Promise<Contradiction[]> {
  const roles = (await buildActorReport(store, pack)).contradictions;
  const events = (await buildEventReport(store)).contradictions;
  const numbers = (await buildNumberReport(store)).contradictions;
  return [...roles, ...events, ...numbers];
}

/** Counts of one group that articles give differently ("31 countries" / "30 countries"), and their signals. */
export async function buildNumberReport(
  store: Store,
): Promise<{ contradictions: Contradiction[]; signals: Map<string, QualitySignal[]> }> {
  const actorOf = new Map((await store.listActorLinks()).map((l) => [`${l.docId}|${l.entityId}`, l.actorId]));
  const claims: NumberClaim[] = [];
  for await (const doc of store.exportAll()) {
    claims.push(...numberClaimsOf(doc, (entity) => actorOf.get(`${doc.id}|${entity}`)));
  }
  const contradictions = numberContradictions(claims).map((c, i) => ({ id: `number-${i + 1}`, ...c }));
  return { contradictions, signals: factSignals(contradictions, 'corpus/numbers') };
}

/** The corpus's quality signals per document: role and fact inconsistencies together. */
export function corpusSignals(
  ...maps: ReadonlyArray<ReadonlyMap<string, QualitySignal[]>>
): Map<string, QualitySignal[]> {
  const merged = new Map<string, QualitySignal[]>();
  for (const map of maps)
    for (const [doc, list] of map) merged.set(doc, [...(merged.get(doc) ?? []), ...list]);
  return merged;
}
