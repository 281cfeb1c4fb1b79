import type { EventRefiner } from '../event-input.js';
import { OUTCOME_PATTERNS, OUTCOME_REACH } from '../lexicon/outcomes.js';

/** Reads a stated outcome in the sentence after the trigger, within `OUTCOME_REACH`: "ended without agreement", "agreed to …". */
export const outcomeRefiner: EventRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    const end =
      input.sentences[input.sentenceOfToken[candidate.first] ?? -1]?.span.end ?? candidate.trigger.end;
    const start = candidate.trigger.end;
    const text = input.text.slice(start, Math.min(end, start + OUTCOME_REACH));
    for (const pattern of OUTCOME_PATTERNS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const span = { start: start + match.index, end: start + match.index + match[0].length };
      return { ...candidate, outcome: { span, text: match[0] } };
    }
    return candidate;
  });
