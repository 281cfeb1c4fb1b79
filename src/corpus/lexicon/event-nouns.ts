/**
 * Nouns that name an event which articles date and refer back to ("the summit in Alaska", "the Geneva
 * talks"). Plural forms are matched by the cue matcher's plural tolerance.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'summit',
  'talks',
  'meeting',
  'conference',
  'round',
  'negotiations',
  'visit',
  'call',
  'exchange',
  'swap',
  'forum',
]);

/** How many words may stand between the event noun and its place for the two to make one cue. */
export const NOUN_PLACE_GAP = 4;

/** How many words may stand between the event noun and the time expression that dates it. */
export const NOUN_TIME_GAP = 10;

/** Words that introduce a time expression as the date of what the sentence reports. */
export const TIME_LEAD_WORDS: ReadonlySet<string> = new Set([
  'on',
  'at',
  'in',
  'late',
  'early',
  'from',
  'since',
]);

/** Prepositions that put an event in a place: "talks in Geneva", "the summit at Camp David". */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);
