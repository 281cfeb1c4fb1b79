import type { EventKind } from '../../../model/event.js';

/** A trigger: the words (lower case, space-separated tokens; a hyphen is its own token) and the kind. */
export interface TriggerEntry {
  readonly words: string;
  readonly kind: EventKind;
}

/**
 * Nouns and noun phrases that name an event. The longest match wins, so "video call" beats "call" and
 * "round of talks" beats "talks". A compound keeps its specific head: "ceasefire deal" is a ceasefire.
 */
export const NOUN_TRIGGERS: readonly TriggerEntry[] = [
  ...['talks', 'negotiations', 'peace talks', 'peace negotiations', 'consultations'].map(talks),
  ...['round of talks', 'round of negotiations', 'round of discussions', 'round of consultations'].map(talks),
  { words: 'summit', kind: 'summit' },
  { words: 'summits', kind: 'summit' },
  { words: 'conference', kind: 'conference' },
  { words: 'meeting', kind: 'meeting' },
  { words: 'meetings', kind: 'meeting' },
  { words: 'face - to - face', kind: 'meeting' },
  ...['phone call', 'telephone call', 'video call', 'video conference', 'videoconference'].map(call),
  ...['phone conversation', 'telephone conversation', 'virtual meeting', 'virtual summit', 'call'].map(call),
  { words: 'visit', kind: 'visit' },
  { words: 'state visit', kind: 'visit' },
  { words: 'trip', kind: 'visit' },
  ...['agreement', 'deal', 'accord', 'treaty', 'memorandum', 'plan', 'framework', 'proposal'].map(agreement),
  ...['ceasefire', 'cease - fire', 'truce', 'armistice'].map(ceasefire),
  ...['prisoner exchange', 'prisoner swap', 'exchange of prisoners', 'swap of prisoners'].map(exchange),
  ...['prisoner - of - war exchange', 'pow exchange', 'prisoners exchange'].map(exchange),
  { words: 'announcement', kind: 'announcement' },
];

/**
 * Verbs that report an event by themselves, with the tense they carry: `past` forms report a held event,
 * `base` forms need a cue ("will meet", "plans to visit"). A `placeObject` verb reports a visit only when a
 * place is named right after it ("the delegation engaged Moscow", "arrived in Ankara").
 */
export const VERB_TRIGGERS: ReadonlyArray<
  TriggerEntry & { readonly tense: 'past' | 'base'; readonly placeObject?: boolean }
> = [
  ...['met', 'met with'].map((words) => ({ words, kind: 'meeting' as const, tense: 'past' as const })),
  ...['meet', 'meets', 'meeting with', 'meet with'].map((words) => ({
    words,
    kind: 'meeting' as const,
    tense: 'base' as const,
  })),
  ...['visited', 'travelled to', 'traveled to', 'flew to'].map((words) => ({
    words,
    kind: 'visit' as const,
    tense: 'past' as const,
  })),
  ...['visit', 'visits', 'visiting', 'travel to'].map((words) => ({
    words,
    kind: 'visit' as const,
    tense: 'base' as const,
  })),
  { words: 'spoke by phone', kind: 'call', tense: 'past' },
  ...['engaged', 'arrived in', 'went to'].map((words) => ({
    words,
    kind: 'visit' as const,
    tense: 'past' as const,
    placeObject: true,
  })),
  { words: 'spoke by telephone', kind: 'call', tense: 'past' },
  { words: 'swapped prisoners', kind: 'prisoner-exchange', tense: 'past' },
  { words: 'exchanged prisoners', kind: 'prisoner-exchange', tense: 'past' },
];

/**
 * Agreement nouns that are too general alone ("plans", "a framework"): they count only right after one of
 * these modifiers ("peace plan", "draft framework").
 */
export const QUALIFIED_AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['plan', 'framework', 'proposal']);

/** Modifiers that make a general agreement noun an agreement: "peace plan", "draft proposal". */
export const AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'peace',
  'ceasefire',
  'truce',
  'draft',
  'settlement',
  'minerals',
  'mineral',
]);

/** Kinds more specific than another when both name one compound ("ceasefire deal", "summit meeting"). */
export const KIND_RANK: Readonly<Record<EventKind, number>> = {
  'prisoner-exchange': 9,
  ceasefire: 8,
  call: 7,
  summit: 6,
  conference: 5,
  visit: 4,
  talks: 3,
  agreement: 2,
  meeting: 1,
  announcement: 0,
};

/** Ordinals that number a round: "second round" → 2. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};

function talks(words: string): TriggerEntry {
  return { words, kind: 'talks' };
}
function call(words: string): TriggerEntry {
  return { words, kind: 'call' };
}
function agreement(words: string): TriggerEntry {
  return { words, kind: 'agreement' };
}
function ceasefire(words: string): TriggerEntry {
  return { words, kind: 'ceasefire' };
}
function exchange(words: string): TriggerEntry {
  return { words, kind: 'prisoner-exchange' };
}
