import { wordSet } from './word-set.js';

/**
 * Lower-case function words a title never ends on. A short line ending on one ("Delegates arrived on
 * Monday and") is prose cut by a line break, not a heading.
 */
export const DANGLING_WORDS: ReadonlySet<string> = wordSet(`
  a an the and or but nor of to in on at for with by from as than that which who whose whom if because
  while although is are was were be been has have had will would can could should may might must
`);
