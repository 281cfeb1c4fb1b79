import type { EventRefiner } from '../event-input.js';
import { ORDINALS } from '../lexicon/triggers.js';

/** Reads the round of talks: an ordinal in the trigger ("second round of talks") or just before it ("the third round"). */
export const roundRefiner: EventRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    for (let at = Math.max(candidate.clause.from, candidate.first - 3); at < candidate.last; at += 1) {
      const round = ORDINALS[input.words[at]!];
      const next = input.words[at + 1];
      if (round !== undefined && (next === 'round' || at + 1 === candidate.first))
        return { ...candidate, round };
    }
    return candidate;
  });
