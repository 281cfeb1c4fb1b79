import { stanceMatrix } from '../corpus/stance-history.js';
import type { StanceCell, StanceReport } from '../corpus/stance-history.js';
import { foldName } from '../corpus/name-fold.js';
import type { Store } from '../store/store.js';
import { applyStanceDecisions, markCell, markStances } from '../decisions/apply-stances.js';
import type { DecidedStance } from '../decisions/apply-stances.js';
import { loadDecisions } from '../decisions/decision-set.js';

/** The positions matrix: cells per actor and issue, and every run of positions for the export. */
export interface StanceOverview {
  cells: Array<StanceCell & { latest: DecidedStance; history: DecidedStance[] }>;
  stances: DecidedStance[];
  /** Stance reports an analyst rejected, as runs of their own, marked `rejected` (for the export only). */
  rejected: DecidedStance[];
  /** The issues seen, in order of first appearance, and the actors (rows) in matrix order. */
  issues: string[];
  actors: Array<{ id: string; name: string }>;
  /** True when no stance rests on a story pack's taxonomy (issues were clustered from the text). */
  clustered: boolean;
}

export interface StanceFilter {
  actor?: string;
  issue?: string;
}

/**
 * Every stance of the stored articles with its actor (and the country an official speaks for) resolved
 * across articles, folded into the actor × issue matrix with shifts over time. Read-only.
 */
export async function buildStanceOverview(store: Store, filter: StanceFilter = {}): Promise<StanceOverview> {
  const decided = await loadDecisions(store);
  const actors = new Map([...decided.actors.records.values()].map((actor) => [actor.id, actor.name]));
  const actorOf = new Map((await store.listActorLinks()).map((l) => [`${l.docId}|${l.entityId}`, l.actorId]));
  const reports: StanceReport[] = [];
  for await (const doc of store.exportAll({ layers: ['entities', 'stances'] })) {
    const entities = new Map((doc.layers.entities ?? []).map((entity) => [entity.id, entity]));
    const linked = (id: string): string | undefined =>
      decided.actors.actorOf(doc.id, entities.get(id) ?? { name: '' }, actorOf.get(`${doc.id}|${id}`));
    for (const stance of doc.layers.stances ?? []) {
      const actor =
        (stance.actor.entity && linked(stance.actor.entity)) || `name:${foldName(stance.actor.name)}`;
      const country = stance.country?.entity ? (linked(stance.country.entity) ?? null) : null;
      reports.push({
        actor,
        actorName: actors.get(actor) ?? stance.actor.name,
        country,
        issue: stance.issue,
        position: stance.position,
        date: stance.date,
        doc: doc.id,
        span: stance.span,
        confidence: stance.confidence,
        basis: stance.basis,
      });
    }
  }
  const { kept: decidedReports, rejected } = applyStanceDecisions(reports, decided);
  const kept = decidedReports.filter(
    (r) =>
      (!filter.issue || r.issue === filter.issue) &&
      (!filter.actor || r.actorName.toLowerCase().includes(filter.actor.toLowerCase())),
  );
  const cells = stanceMatrix(kept).map((cell) => markCell(cell, decided));
  const issues = [...new Set(kept.map((r) => r.issue))];
  const rows = new Map(cells.map((cell) => [cell.actor, cell.actorName]));
  return {
    cells,
    stances: cells.flatMap((cell) => cell.history),
    rejected: stanceMatrix(rejected).flatMap((cell) => markStances(cell.history, decided)),
    issues,
    actors: [...rows].map(([id, name]) => ({ id, name })),
    clustered: kept.length > 0 && kept.every((r) => r.basis === 'clustered'),
  };
}
