import { wordSet } from './word-set.js';

/**
 * Capitalised function words that open sentences in news text. After an abbreviation that can end a
 * sentence ("…talks with the U.S. The next round…"), one of these means a new sentence starts; any other
 * capitalised word ("the U.S. Embassy") more likely continues the same one. "No" is left out because it is
 * also the abbreviation of "number" ("No. 10").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = wordSet(`
  A An The This That These Those Such Some Many Most All Both Each
  I We You He She It They My Our Your His Her Its Their
  There Here Then Now But And Or So Yet Still Also However Meanwhile
  In On At As For From By With After Before During Since Until Under
  If When While Although Though Because What Who Why How Where Which
  According Earlier Later Last Next
`);
