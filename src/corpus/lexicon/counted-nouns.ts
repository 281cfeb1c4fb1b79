/**
 * Nouns whose count is a fact about a group that sources should agree on ("a coalition of 31 countries",
 * "the bloc's 27 member states"). Counts of people, days or prisoners are left out: they differ from one
 * event to the next without anyone being wrong. Plural forms, as news writes them.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'countries',
  'nations',
  'states',
  'member states',
  'members',
  'member countries',
  'signatories',
  'governments',
];

/** Words that make a count approximate ("more than 30 countries"); such a count contradicts no other. */
export const APPROXIMATE_WORDS: readonly string[] = [
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'some',
  'over',
  'more than',
  'fewer than',
  'less than',
  'at least',
  'up to',
  'dozens of',
];

/** Numbers written as words, for counts up to fifty. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
