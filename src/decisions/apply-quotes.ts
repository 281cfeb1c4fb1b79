import { resolveId } from './actor-corrections.js';
import type { DecisionSet } from './decision-set.js';
import type { DecisionMarks } from './fact-decisions.js';

/** The fields of a quote the decisions read and set. */
export interface QuoteLike {
  id: string;
  speaker: string | { description: string } | null;
  speakerName: string | null;
}

/**
 * Applies set-speaker, confirm and reject to quotes (keyed by their id, `<doc>:<start>`). A speaker set by
 * the analyst is an actor id, named from the corrected actors (else the name the decision gives); the
 * rejected quotes come back apart, marked. Pure.
 */
export function applyQuoteDecisions<Q extends QuoteLike>(
  quotes: readonly Q[],
  decided: DecisionSet,
): { kept: Array<Q & DecisionMarks>; rejected: Array<Q & DecisionMarks> } {
  const kept: Array<Q & DecisionMarks> = [];
  const rejected: Array<Q & DecisionMarks> = [];
  for (const quote of quotes) {
    const fact = decided.quotes.get(quote.id);
    if (!fact) {
      kept.push(quote);
      continue;
    }
    const speaker = fact.speaker ? speakerOf(fact.speaker, decided) : {};
    const marked: Q & DecisionMarks = {
      ...quote,
      ...speaker,
      decisions: fact.ids,
      ...(fact.confirmed ? { confirmed: true as const } : {}),
      ...(fact.rejected ? { rejected: true as const } : {}),
    };
    (fact.rejected ? rejected : kept).push(marked);
  }
  return { kept, rejected };
}

/** The speaker the analyst set, as the corrected actors know it (a merge may have moved it since). */
function speakerOf(set: { id: string; name?: string }, decided: DecisionSet): Omit<QuoteLike, 'id'> {
  const known = resolveId(set.id, set.name, decided.actors.records);
  const id = decided.actors.actorOf('', { name: set.name ?? '' }, known) ?? known;
  return { speaker: id, speakerName: decided.actors.records.get(id)?.name ?? set.name ?? id };
}
