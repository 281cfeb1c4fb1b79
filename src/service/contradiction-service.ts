import type { QualitySignal, StoryPack } from '../model/index.js';
import type { Store } from '../store/store.js';
import { buildActorReport } from './corpus-service.js';
import type { Contradiction } from './corpus-service.js';
import { buildEventReport } from './event-service.js';

/**
 * Every disagreement between sources the corpus knows of: roles (an actor called "former" while the
 * record holds the role), and events (dates, outcomes). Each lists the claims side by side with citations.
 */
export async function buildContradictions(
  store: Store,
  pack: StoryPack | null = null,
): Promise<Contradiction[]> {
  const roles = (await buildActorReport(store, pack)).contradictions;
  const events = (await buildEventReport(store)).contradictions;
  return [...roles, ...events];
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
