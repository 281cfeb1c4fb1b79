import { ParleyError } from '../model/index.js';
import type { Decision } from '../store/decisions.js';
import type { Store } from '../store/store.js';
import { makeDecision } from './make-decision.js';
import type { DecisionInput } from './make-decision.js';

const ACTOR_HINT = 'give actor ids from `parley who --json` or `parley proposals`';

/**
 * Makes and stores one decision (the CLI's `parley decide` and the API's POST /api/decisions): checks it
 * (E_USAGE when the kind, target or value is wrong), records the names of the actors a merge or split names
 * so it finds them by name should their ids change (they hash the actor's first key, which depends on the
 * order articles arrived in), and stores it. Returns the stored decision.
 */
export async function recordDecision(store: Store, input: DecisionInput, now: Date): Promise<Decision> {
  const decision = makeDecision(input, now);
  if (decision.kind === 'split-actor') {
    const id = decision.target.slice('actor:'.length);
    const name = (await store.listActors()).find((actor) => actor.id === id)?.name;
    if (!name) throw new ParleyError('E_USAGE', `no actor ${id} in this store`, { hint: ACTOR_HINT });
    const value = { ...(decision.value as object), name };
    return (await store.putDecision(makeDecision({ ...input, value }, now))).decision;
  }
  if (decision.kind === 'merge-actors') {
    const ids = decision.target.slice('actors:'.length).split('+');
    const actors = new Map((await store.listActors()).map((actor) => [actor.id, actor.name]));
    const missing = ids.filter((id) => !actors.has(id));
    if (missing.length > 0) {
      throw new ParleyError('E_USAGE', `no actor ${missing.join(', ')} in this store`, {
        hint: ACTOR_HINT,
      });
    }
    const value = decision.value as { keep: string; names: Record<string, string> };
    const names = Object.fromEntries(ids.map((id) => [id, actors.get(id)!]));
    return (await store.putDecision(makeDecision({ ...input, value: { ...value, names } }, now))).decision;
  }
  return (await store.putDecision(decision)).decision;
}
