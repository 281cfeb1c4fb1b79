/**
 * Nouns too general to name an issue when issues are clustered from the text without a pack: words of
 * talk and process, not matters talked about.
 */
export const TOPIC_STOP_WORDS: ReadonlySet<string> = new Set([
  'need',
  'support',
  'demand',
  'demands',
  'needs',
  'plan',
  'plans',
  'effort',
  'efforts',
  'talks',
  'issue',
  'issues',
  'matter',
  'question',
  'statement',
  'people',
  'time',
  'year',
  'years',
  'week',
  'part',
  'thing',
  'things',
  'way',
  'country',
  'countries',
  'side',
  'sides',
  'states',
  'government',
  'leaders',
  'officials',
  'move',
  'step',
  'steps',
  'idea',
]);

/** How many sentences with an attitude cue a noun must follow before it is taken as an issue. */
export const MIN_TOPIC_COUNT = 2;
