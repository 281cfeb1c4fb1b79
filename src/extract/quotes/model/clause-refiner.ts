import type { QuoteRefiner } from '../quote-input.js';
import { resolveSpeaker } from '../refiners/speaker-refiner.js';
import { clauses, describedHead, type Clause } from './clause-features.js';
import { tokenAtOrAfter, type QuoteInput } from '../quote-input.js';
import { CLAUSE_MODEL } from './clause-weights.js';
import { linearScore, type LinearModel } from './linear-model.js';

/** `clauseRefiner` with a given model. */
export function clauseRefinerWith(model: LinearModel): QuoteRefiner {
  return (candidates, input) => {
    const added = clauses(input, candidates).flatMap((clause) => {
      if (negated(input, clause)) return [];
      if (linearScore(model, clause.features) < model.threshold) return [];
      const head = describedHead(input, clause.candidate.speakerPhrase!);
      if (head !== null && !((model.weights.get(head) ?? 0) > 0)) return [];
      return [{ ...clause.candidate, speaker: resolveSpeaker(input, clause.candidate.speakerPhrase!) }];
    });
    return added.length === 0 ? candidates : candidates.concat(added);
  };
}

/** Words that deny the verb: "The Kremlin has not yet responded to the idea" reports no statement. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);

/** Whether a negation stands between the speaker words and the verb. */
function negated(input: QuoteInput, clause: Clause): boolean {
  const speakerEnd = clause.candidate.speakerPhrase?.end ?? 0;
  for (let at = tokenAtOrAfter(input.tokens, speakerEnd); at < clause.verb; at += 1) {
    if (NEGATIONS.has(input.words[at] ?? '')) return true;
  }
  return false;
}

/**
 * Adds the reported speech the rules missed and the clause model keeps (`clauses`; weights learned on
 * PolNeAR train, `clause-weights.ts`): a verb outside every quote and every attribution the rules kept,
 * with speaker words before it ("Lind likened the harbour plan to a bridge to nowhere", "Lind has
 * disclosed the cost …"), whose score reaches the model's threshold. Speaker words that only describe
 * (`describedHead`: "the storm", "voters") speak only when the model's weight for their head word is
 * positive. A negated verb reports nothing ("has not responded"). Runs right after `reportedSpeechRefiner`, so it sees only what the rules kept; its speakers
 * are resolved here (`matcher/learned-clause`).
 */
export const clauseRefiner: QuoteRefiner = clauseRefinerWith(CLAUSE_MODEL);
