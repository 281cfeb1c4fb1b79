import { matchesAt, phrasesByFirstWord, phraseWords } from '../event-input.js';
import type { EventCandidate, EventInput, EventRefiner } from '../event-input.js';
import {
  CONDITIONAL_WORDS,
  HYPOTHETICAL_MARKERS,
  NEGATION_REACH,
  NEGATORS,
  REPORTED_FUTURE,
} from '../lexicon/hypothetical.js';

const MARKERS = phrasesByFirstWord(HYPOTHETICAL_MARKERS.map(phraseWords));
const MODALS_AFTER: ReadonlySet<string> = new Set(['could', 'might', 'would']);

/**
 * Drops hypothetical and negated events: a marker in the clause before the trigger ("if talks were held",
 * "any future summit", "calls for talks"), a modal right after it ("talks could resume"), "would" in a
 * sentence with a condition ("would meet if"), or a negator just before it ("did not meet", "no talks").
 */
export const hypotheticalRefiner: EventRefiner = (candidates, input) =>
  candidates.filter((candidate) => !hypothetical(candidate, input) && !negated(candidate, input));

function hypothetical(candidate: EventCandidate, input: EventInput): boolean {
  for (let at = candidate.clause.from; at < candidate.first; at += 1) {
    const markers = MARKERS.get(input.words[at]!);
    if (markers?.some((marker) => matchesAt(input.words, at, marker, candidate.first))) return true;
  }
  for (let at = candidate.last; at < Math.min(candidate.last + 3, candidate.clause.to); at += 1) {
    if (MODALS_AFTER.has(input.words[at]!)) return true;
  }
  return conditionalWould(candidate, input);
}

function conditionalWould(candidate: EventCandidate, input: EventInput): boolean {
  const { from, to } = candidate.clause;
  if (!input.words.slice(from, to).includes(REPORTED_FUTURE)) return false;
  const sentence = input.sentenceOfToken[candidate.first];
  if (sentence === undefined || sentence < 0) {
    return input.words.some(
      (word, index) => input.sentenceOfToken[index] === sentence && CONDITIONAL_WORDS.includes(word),
    );
  }
  // The tokens of one sentence are contiguous (sentences are sorted and do not overlap): scan only them.
  let start = candidate.first;
  while (start > 0 && input.sentenceOfToken[start - 1] === sentence) start -= 1;
  for (let index = start; input.sentenceOfToken[index] === sentence; index += 1) {
    if (CONDITIONAL_WORDS.includes(input.words[index]!)) return true;
  }
  return false;
}

function negated(candidate: EventCandidate, input: EventInput): boolean {
  const from = Math.max(candidate.clause.from, candidate.first - NEGATION_REACH);
  for (let at = from; at < candidate.first; at += 1) if (NEGATORS.has(input.words[at]!)) return true;
  return false;
}
