import { appendTo } from '../model/index.js';
import type { QualitySignal, StoryPack } from '../model/index.js';
import type { Store } from '../store/store.js';
import { buildActorReport } from './corpus-service.js';
import type { ActorReport, Contradiction } from './corpus-service.js';
import { buildEventReport } from './event-service.js';
import type { EventReport } from './event-service.js';
import { factSignals } from './fact-signals.js';
import { numberClaimsOf, numberContradictions } from '../corpus/number-claims.js';
import type { NumberClaim } from '../corpus/number-claims.js';

/** What the corpus steps conclude across articles, built once per read and shared by its consumers. */
export interface CorpusFindings {
  actors: ActorReport;
  events: EventReport;
  /** Every disagreement between sources: roles, events (dates, outcomes) and counts of a group. */
  contradictions: Contradiction[];
  /** The corpus's quality signals per document: role and fact inconsistencies together. */
  signals: Map<string, QualitySignal[]>;
}

/**
 * Builds the who's who, the merged events and the counts once, with the contradictions and quality
 * signals they imply. The export, the sources report and the brief all read from one of these, so no
 * report is built twice for one answer.
 */
export async function buildCorpusFindings(
  store: Store,
  pack: StoryPack | null = null,
): Promise<CorpusFindings> {
  const actors = await buildActorReport(store, pack);
  const events = await buildEventReport(store);
  const numbers = await buildNumberReport(store);
  return {
    actors,
    events,
    contradictions: [...actors.contradictions, ...events.contradictions, ...numbers.contradictions],
    signals: corpusSignals(actors.signals, events.signals, numbers.signals),
  };
}

/**
 * Every disagreement between sources the corpus knows of: roles (an actor called "former" while the
 * record holds the role), events (dates, outcomes) and counts ("a coalition of 31 countries"), each with
 * the claims side by side and their citations.
 */
export async function buildContradictions(
  store: Store,
  pack: StoryPack | null = null,
): Promise<Contradiction[]> {
  return (await buildCorpusFindings(store, pack)).contradictions;
}

/** Counts of one group that articles give differently ("31 countries" / "30 countries"), and their signals. */
async function buildNumberReport(
  store: Store,
): Promise<{ contradictions: Contradiction[]; signals: Map<string, QualitySignal[]> }> {
  const actorOf = new Map((await store.listActorLinks()).map((l) => [`${l.docId}|${l.entityId}`, l.actorId]));
  const claims: NumberClaim[] = [];
  for await (const doc of store.exportAll({ layers: ['entities', 'mentions', 'sentences'] })) {
    claims.push(...numberClaimsOf(doc, (entity) => actorOf.get(`${doc.id}|${entity}`)));
  }
  const contradictions = numberContradictions(claims).map((c, i) => ({ id: `number-${i + 1}`, ...c }));
  return { contradictions, signals: factSignals(contradictions, 'corpus/numbers') };
}

/** Merges signal maps per document. */
function corpusSignals(
  ...maps: ReadonlyArray<ReadonlyMap<string, QualitySignal[]>>
): Map<string, QualitySignal[]> {
  const merged = new Map<string, QualitySignal[]>();
  for (const map of maps) for (const [doc, list] of map) appendTo(merged, doc, ...list);
  return merged;
}
