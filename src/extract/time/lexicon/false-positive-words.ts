import { wordSet } from '../../segment/lexicon/word-set.js';

/**
 * Words chrono may read as dates that are usually ordinary words: the months that are also verbs or
 * modals ("may", "march"). A lone candidate with one of these texts is dropped when wink tags it as a
 * verb or auxiliary, or when it is written in lower case.
 */
export const AMBIGUOUS_DATE_WORDS = wordSet(`may march second`);

/** Abbreviations that, alone, are far more often a word or a name ("Sun", "Wed", "Sat") than a date. */
export const ABBREVIATIONS = wordSet(`sat sun wed mar mon tue tues thu thurs fri jan`);

/** Part-of-speech tags that make an ambiguous word a verb, not a date. */
export const VERB_TAGS = wordSet(`AUX VERB`);
