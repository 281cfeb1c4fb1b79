import { wordSet } from './word-set.js';

/**
 * Verbs of saying as they appear in an attribution after a quote ("“We are ready!” Zelensky said."). The
 * quote refiner joins such a short tail to the quote it attributes, so that the quote and its speaker stay
 * in one sentence. Past and present forms, lower case.
 */
export const SPEECH_VERBS: ReadonlySet<string> = wordSet(`
  said says asked asks added adds told tells stated states wrote writes replied replies insisted insists
  noted notes explained explains warned warns declared declares continued continues remarked responded
  argued argues claimed claims stressed stresses emphasized emphasised acknowledged concluded recalled
  shouted tweeted posted announced admitted conceded cautioned suggested urged
`);
