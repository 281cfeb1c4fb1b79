import type { EventRefiner } from '../event-input.js';

/**
 * Narrows each clause so it stops at the neighbouring triggers of the same sentence: "the meeting set the
 * stage for an upcoming summit" gives "upcoming" to the summit only. Drops an event word that an
 * announcement names ("the announcement of talks"): the announcement stands for it.
 */
export const neighbourRefiner: EventRefiner = (candidates, input) => {
  const out = candidates.map((candidate) => ({ ...candidate, clause: { ...candidate.clause } }));
  for (let index = 0; index < out.length; index += 1) {
    const candidate = out[index]!;
    const previous = out[index - 1];
    const next = out[index + 1];
    const sentence = input.sentenceOfToken[candidate.first];
    if (previous && input.sentenceOfToken[previous.first] === sentence) {
      candidate.clause.from = Math.max(candidate.clause.from, previous.last);
    }
    if (next && input.sentenceOfToken[next.first] === sentence) {
      candidate.clause.to = Math.min(candidate.clause.to, next.first);
    }
  }
  return out.filter((candidate, index) => out[index - 1]?.kind !== 'announcement' || !namedBy(out, index));
};

function namedBy(out: ReadonlyArray<{ first: number; last: number }>, index: number): boolean {
  const previous = out[index - 1];
  return previous !== undefined && out[index]!.first - previous.last <= 4;
}
