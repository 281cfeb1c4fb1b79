import { NUMBER_WORDS as TIME_NUMBER_WORDS } from '../../extract/time/lexicon/number-words.js';

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

/** Numbers written as words, for counts from two up: the time layer's list, without its placeholders. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(TIME_NUMBER_WORDS).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] >= 2,
  ),
);
