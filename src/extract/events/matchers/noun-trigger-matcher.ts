import { matchesAt } from '../event-input.js';
import type { EventCandidate, EventInput, EventMatcher } from '../event-input.js';
import { CALL_NOT_AFTER, NOT_EVENT_BEFORE } from '../lexicon/generic.js';
import { AGREEMENT_MODIFIERS, NOUN_TRIGGERS, QUALIFIED_AGREEMENT_NOUNS } from '../lexicon/triggers.js';
import { MODIFIER_CUES } from '../lexicon/status-cues.js';
import { newCandidate } from './candidate.js';
import { indexTriggers } from './trigger-index.js';
import type { IndexedEntry } from './trigger-index.js';
import type { TriggerEntry } from '../lexicon/triggers.js';

const INDEX = indexTriggers(NOUN_TRIGGERS);
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Determiners and possessives: the word after them heads a noun phrase. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'their',
  'his',
  'her',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
  'such',
]);
const MODIFIERS: ReadonlySet<string> = new Set(MODIFIER_CUES.map((cue) => cue.words));

/**
 * Whether a determiner opens the trigger's noun phrase, right before it or before one status modifier: "the
 * meeting", "their prior meeting" (the tagger calls "meeting" a verb after "prior"); not "during earlier
 * talks", which names no one event.
 */
function opensNounPhrase(input: EventInput, index: number): boolean {
  const before = input.words[index - 1] ?? '';
  if (DETERMINERS.has(before)) return true;
  return MODIFIERS.has(before) && DETERMINERS.has(input.words[index - 2] ?? '');
}
/**
 * Proposes a candidate for every event noun or noun phrase ("talks", "summit", "phone call", "round of
 * negotiations", "prisoner swap"), the longest at each token. A one-word trigger tagged as a verb ("Russia
 * talks about peace") is skipped unless a determiner or status modifier opens its noun phrase ("their prior
 * meeting"); so are "plan" and "framework" without a peace or draft modifier, "call"
 * as a request ("a call for restraint") and press conferences.
 */
export const nounTriggerMatcher: EventMatcher = (input) => {
  const out: EventCandidate[] = [];
  for (let index = 0; index < input.tokens.length; index += 1) {
    const entry = longestAt(input, index);
    if (!entry || !accepts(input, index, entry)) continue;
    const last = index + entry.tokens.length;
    out.push(
      newCandidate(input, index, last, entry.kind, {
        verbal: false,
        tenseStatus: null,
        matcher: 'matcher/noun-trigger',
      }),
    );
    index = last - 1;
  }
  return out;
};

function longestAt(input: EventInput, index: number): IndexedEntry<TriggerEntry> | undefined {
  // Most words start no trigger: look them up before finding where the sentence ends.
  const entries = INDEX.get(input.words[index]!);
  if (entries === undefined) return undefined;
  const sentence = input.sentenceOfToken[index];
  let to = index;
  while (to < input.tokens.length && input.sentenceOfToken[to] === sentence) to += 1;
  return entries.find((entry) => matchesAt(input.words, index, entry.tokens, to));
}

function accepts(input: EventInput, index: number, entry: IndexedEntry<TriggerEntry>): boolean {
  const word = input.words[index]!;
  const before = input.words[index - 1] ?? '';
  const after = input.words[index + entry.tokens.length] ?? '';
  if (entry.tokens.length === 1 && VERB_TAGS.has(input.tokens[index]!.pos) && !opensNounPhrase(input, index))
    return false;
  if (NOT_EVENT_BEFORE.has(before)) return false;
  if (entry.tokens.length === 1 && word === 'call') return !CALL_NOT_AFTER.has(after);
  if (entry.tokens.length === 1 && QUALIFIED_AGREEMENT_NOUNS.has(word)) {
    const modifier = before === '-' ? (input.words[index - 2] ?? '') : before;
    return AGREEMENT_MODIFIERS.has(modifier) || modifier.endsWith('-backed') || before === '-';
  }
  return true;
}
