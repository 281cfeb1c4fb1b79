import { matchesAt } from '../event-input.js';
import type { EventCandidate, EventMatcher } from '../event-input.js';
import { VERB_TRIGGERS } from '../lexicon/triggers.js';
import { newCandidate } from './candidate.js';
import { indexTriggers } from './trigger-index.js';

const INDEX = indexTriggers(VERB_TRIGGERS);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'ADJ']);

/**
 * Proposes a candidate for every verb that reports an event by itself: "met", "will meet", "visited",
 * "spoke by phone", "swapped prisoners". One-word verbs must be tagged as verbs ("a visit" is the noun
 * matcher's). A past form carries `held`; a base form waits for a cue.
 */
export const verbTriggerMatcher: EventMatcher = (input) => {
  const out: EventCandidate[] = [];
  for (let index = 0; index < input.tokens.length; index += 1) {
    const entry = INDEX.get(input.words[index]!)?.find((e) =>
      matchesAt(input.words, index, e.tokens, input.tokens.length),
    );
    if (!entry) continue;
    if (entry.tokens.length === 1 && NOUN_TAGS.has(input.tokens[index]!.pos)) continue;
    const last = index + entry.tokens.length;
    if (entry.placeObject && input.mentionOfToken[last]?.kind !== 'place') continue;
    const tenseStatus = entry.tense === 'past' ? 'held' : null;
    out.push(
      newCandidate(input, index, last, entry.kind, {
        verbal: true,
        tenseStatus,
        matcher: 'matcher/verb-trigger',
      }),
    );
    index = last - 1;
  }
  return out;
};
