import type { EventStatus, EventMention } from '../../../model/event.js';
import { matchesAt, phraseWords, tokenSpan } from '../event-input.js';
import type { EventCandidate, EventInput, EventRefiner } from '../event-input.js';
import { NEGATORS, REPORTED_FUTURE } from '../lexicon/hypothetical.js';
import {
  AFTER_REACH,
  BEFORE_ONLY_CUES,
  CLAUSE_CUES,
  MODIFIER_CUES,
  STATUS_PRIORITY,
} from '../lexicon/status-cues.js';

const MODIFIERS = new Map(MODIFIER_CUES.map((cue) => [cue.words, cue.status]));
const CUES = CLAUSE_CUES.map((cue) => ({ ...cue, tokens: phraseWords(cue.words) }));
type Cue = (typeof CUES)[number];
/** The cues by their first word, each list in lexicon order, so a lookup finds what `CUES.find` would. */
const CUES_BY_FIRST = new Map<string, Cue[]>();
for (const cue of CUES) {
  const first = cue.tokens[0] ?? '';
  CUES_BY_FIRST.set(first, [...(CUES_BY_FIRST.get(first) ?? []), cue]);
}
const NO_CUES: readonly Cue[] = [];

/** The cues that can match at a token: only those whose first word is that token. */
function cuesAt(words: readonly string[], at: number): readonly Cue[] {
  return CUES_BY_FIRST.get(words[at] ?? '') ?? NO_CUES;
}
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'PUNCT']);
const NEGATED = Symbol('negated');

/**
 * Sets each event's status and the words that set it: a modifier inside the trigger's noun phrase ("the
 * upcoming summit", "the postponed talks") first; else the strongest cue in the clause (cancelled >
 * postponed > planned > announced > held), the nearest of equals, a cue after the trigger counting only
 * when it is near, before any comma, and a predicate ("talks that ended", not "the upcoming");  else the tense of a verb trigger ("met"); an announcement is `announced`;
 * else reported future ("would meet"). A negated cue ("were not held", "will not meet") drops the event.
 */
export const statusRefiner: EventRefiner = (candidates, input) =>
  candidates.flatMap((candidate) => {
    const found =
      modifierCue(candidate, input) ?? predicateCue(candidate, input) ?? clauseCue(candidate, input);
    if (found === NEGATED) return [];
    const ahead = found ? futureOverPreposition(candidate, input, found) : null;
    if (ahead) return [{ ...candidate, status: 'planned' as const, statusCue: ahead }];
    if (found) return [{ ...candidate, status: found.status, statusCue: found.cue }];
    if (candidate.tenseStatus) return [{ ...candidate, status: candidate.tenseStatus }];
    if (candidate.kind === 'announcement') return [{ ...candidate, status: 'announced' as const }];
    const words = input.words.slice(candidate.clause.from, candidate.first);
    if (words.includes(REPORTED_FUTURE)) return [{ ...candidate, status: 'planned' as const }];
    return [candidate];
  });

/**
 * "The meeting after the call will review…": a held cue that is only a preposition ("after the", "during
 * the") gives way to a future verb later in the sentence, which tells the event is still ahead.
 */
function futureOverPreposition(
  candidate: EventCandidate,
  input: EventInput,
  found: NonNullable<Found>,
): EventMention['statusCue'] {
  if (found.status !== 'held' || !found.cue) return null;
  const cue = input.text.slice(found.cue.start, found.cue.end).toLowerCase();
  if (!PREPOSITION_CUES.has(cue)) return null;
  const sentence = input.sentenceOfToken[candidate.first];
  for (let at = candidate.last; at < input.tokens.length && input.sentenceOfToken[at] === sentence; at += 1) {
    if (FUTURE_WORDS.has(input.words[at]!)) return tokenSpan(input.tokens, at, at + 1);
  }
  return null;
}

const PREPOSITION_CUES: ReadonlySet<string> = new Set(['after the', 'during the']);
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'shall']);

/** Where cues after the trigger stop: `AFTER_REACH` tokens on, or the first comma. */
function afterEnd(candidate: EventCandidate, input: EventInput): number {
  let to = candidate.last;
  while (to < candidate.clause.to && to - candidate.last <= AFTER_REACH && input.words[to] !== ',') to += 1;
  return to;
}

type Found = { status: Exclude<EventStatus, 'unknown'>; cue: EventMention['statusCue'] } | null;

function modifierCue(candidate: EventCandidate, input: EventInput): Found {
  for (let at = candidate.first - 1; at >= Math.max(candidate.clause.from, candidate.first - 4); at -= 1) {
    const status = MODIFIERS.get(input.words[at]!);
    if (status) return { status, cue: tokenSpan(input.tokens, at, at + 1) };
    if (!NOUN_PHRASE_TAGS.has(input.tokens[at]!.pos)) return null;
  }
  return null;
}

/**
 * The main predicate of an event that is the subject of a relative clause: "a summit that X had planned to
 * host … was called off". The cue right after a passive "was/were/has been" beyond the relative clause
 * tells the status; cues inside the relative clause do not.
 */
function predicateCue(candidate: EventCandidate, input: EventInput): Found {
  if (!RELATIVES.has(input.words[candidate.last] ?? '')) return null;
  const sentence = input.sentenceOfToken[candidate.first];
  let end = candidate.last;
  while (end < input.tokens.length && input.sentenceOfToken[end] === sentence) end += 1;
  // The first be-form belongs to the relative clause when it follows "that" at once ("that were announced").
  for (let at = candidate.last + 2; at < end; at += 1) {
    if (!BE_FORMS.has(input.words[at]!)) continue;
    if (HAVE_FORMS.has(input.words[at]!) && input.words[at + 1] !== 'been') continue;
    const from = input.words[at + 1] === 'been' ? at + 2 : at + 1;
    const cue = cuesAt(input.words, from).find((c) => matchesAt(input.words, from, c.tokens, end));
    if (cue) return { status: cue.status, cue: tokenSpan(input.tokens, from, from + cue.tokens.length) };
  }
  return null;
}

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', ...HAVE_FORMS]);

function clauseCue(candidate: EventCandidate, input: EventInput): Found | typeof NEGATED {
  let best: { status: Exclude<EventStatus, 'unknown'>; at: number; length: number; distance: number } | null =
    null;
  const to = afterEnd(candidate, input);
  for (let at = candidate.clause.from; at < to; at += 1) {
    if (at >= candidate.first && at < candidate.last) continue;
    const after = at >= candidate.last;
    const cue = cuesAt(input.words, at).find(
      (c) => matchesAt(input.words, at, c.tokens, to) && !(after && BEFORE_ONLY_CUES.has(c.words)),
    );
    if (!cue) continue;
    const distance = at < candidate.first ? candidate.first - at : at - candidate.last;
    const better =
      !best ||
      STATUS_PRIORITY[cue.status] > STATUS_PRIORITY[best.status] ||
      (STATUS_PRIORITY[cue.status] === STATUS_PRIORITY[best.status] && distance < best.distance);
    if (better) best = { status: cue.status, at, length: cue.tokens.length, distance };
  }
  if (!best) return null;
  if (NEGATORS.has(input.words[best.at - 1] ?? '') || NEGATORS.has(input.words[best.at - 2] ?? ''))
    return NEGATED;
  return { status: best.status, cue: tokenSpan(input.tokens, best.at, best.at + best.length) };
}
