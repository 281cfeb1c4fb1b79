import { matchesAt, phraseWords } from '../event-input.js';
import type { EventRefiner } from '../event-input.js';
import { GENERIC_AFTER, GENERIC_BEFORE } from '../lexicon/generic.js';

const BEFORE = GENERIC_BEFORE.map(phraseWords);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'any', 'such']);

/**
 * Drops event words used as a topic: "the future of peace talks", "the role of the summit", or as a
 * modifier of something else ("the talks process", "a deal framework").
 */
export const genericRefiner: EventRefiner = (candidates, input) =>
  candidates.filter((candidate) => {
    if (GENERIC_AFTER.has(input.words[candidate.last] ?? '')) return false;
    let end = candidate.first;
    if (DETERMINERS.has(input.words[end - 1] ?? '')) end -= 1;
    return !BEFORE.some((phrase) => matchesAt(input.words, end - phrase.length, phrase, end));
  });
