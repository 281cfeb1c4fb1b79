/**
 * The spelling dictionary is American English (dictionary-en). News in British English writes
 * "organisation", "manoeuvre", "defence", "programme"; these rewrites turn such a word into its American
 * form before the word is counted as a typo. Each is tried alone, in order; the word is accepted when
 * any rewrite is in the dictionary. Patterns, not a word list: the dictionary stays the only word list.
 */
export const BRITISH_REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations|ational|er|ers)$/u, 'iz$1'],
  [/ys(e|es|ed|ing)$/u, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able|ful|less|er|ers)?$/u, 'or$1'],
  [/our(?=[a-z])/u, 'or'],
  [/([bvt])re(s|d)?$/u, '$1er$2'],
  [/oeu/u, 'eu'],
  [/ae/u, 'e'],
  [/oe/u, 'e'],
  [/ence(s)?$/u, 'ense$1'],
  [/ogue(s)?$/u, 'og$1'],
  [/lled$/u, 'led'],
  [/lling$/u, 'ling'],
  [/ller(s)?$/u, 'ler$1'],
  [/mme(s)?$/u, 'm$1'],
  [/yre(s)?$/u, 'ire$1'],
  [/ement$/u, 'ment'],
];

/**
 * Prefixes English attaches freely ("recalibrate", "pre-summit", "non-aligned"): a word made of one and a
 * dictionary word of four letters or more is spelt correctly, and a hyphened part that is only a prefix
 * ("pre" in "pre-summit") is not looked up.
 */
export const WORD_PREFIXES: readonly string[] = [
  'anti',
  'counter',
  'cross',
  'inter',
  'multi',
  'super',
  'under',
  'over',
  'post',
  'semi',
  'self',
  'geo',
  'mid',
  'mis',
  'non',
  'pre',
  'pro',
  'sub',
  'tri',
  'co',
  'de',
  'ex',
  're',
  'un',
  'bi',
];

/**
 * Sounds an article depends on: "a" before these vowel letters is right ("a one-off", "a European-style",
 * "a unified"), and "an" before these consonant letters ("an hour", "an honest").
 */
export const CONSONANT_SOUND_VOWELS = /^(?:one|once|uni|use|usu|uti|ura|ure|uro|eu|ewe|ubiq|ufo)/u;
export const SILENT_H = /^(?:hour|honest|honou?r|heir|herb)/u;
