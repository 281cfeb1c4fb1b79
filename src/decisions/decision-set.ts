import type { Store } from '../store/store.js';
import type { Decision } from '../store/decisions.js';
import { actorCorrections } from './actor-corrections.js';
import type { ActorCorrections } from './actor-corrections.js';
import { factDecisions } from './fact-decisions.js';
import type { FactDecision } from './fact-decisions.js';

/** The active decisions, ready to apply: actor corrections and the decisions about each fact by key. */
export interface DecisionSet {
  decisions: Decision[];
  actors: ActorCorrections;
  events: Map<string, FactDecision>;
  stances: Map<string, FactDecision>;
  quotes: Map<string, FactDecision>;
}

/** Prepares `decisions` (active ones, in the order made) over the inferred `actors`. Pure. */
export function decisionSet(
  decisions: readonly Decision[],
  actors: Parameters<typeof actorCorrections>[0],
): DecisionSet {
  const active = decisions.filter((decision) => decision.revokedAt === null);
  return {
    decisions: active,
    actors: actorCorrections(actors, active),
    events: factDecisions(active, 'event'),
    stances: factDecisions(active, 'stance'),
    quotes: factDecisions(active, 'quote'),
  };
}

/**
 * Reads the stored decisions and actors and prepares them: what every report builder calls first, so each
 * applies the analyst's corrections after inference, on every read, and nothing derived is edited.
 */
export async function loadDecisions(store: Store): Promise<DecisionSet> {
  return decisionSet(await store.listDecisions(), await store.listActors());
}
