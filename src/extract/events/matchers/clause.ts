import { CLAUSE_BREAKS, CLAUSE_REACH } from '../lexicon/arguments.js';
import type { EventInput } from '../event-input.js';

/**
 * The clause around tokens [first, last): the same sentence, at most `CLAUSE_REACH` tokens either way,
 * never across a clause break (";", ":", a dash, brackets).
 */
export function clauseAround(input: EventInput, first: number, last: number): { from: number; to: number } {
  const sentence = input.sentenceOfToken[first];
  let from = first;
  while (
    from > 0 &&
    first - from < CLAUSE_REACH.before &&
    input.sentenceOfToken[from - 1] === sentence &&
    !CLAUSE_BREAKS.has(input.words[from - 1]!)
  ) {
    from -= 1;
  }
  let to = last;
  while (
    to < input.tokens.length &&
    to - last < CLAUSE_REACH.after &&
    input.sentenceOfToken[to] === sentence &&
    !CLAUSE_BREAKS.has(input.words[to]!)
  ) {
    to += 1;
  }
  return { from, to };
}
