import { wordSet } from '../../segment/lexicon/word-set.js';

/** Words before a bare year that make it a date: "in 2014", "since 2014", "by 2030", "the 2022 invasion". */
export const YEAR_LEAD_WORDS = wordSet(`
  in since by until till before after from during through throughout of to the early late mid end
  fiscal year calendar spring summer autumn fall winter between and or than circa around about
  for as at on both due
`);

/**
 * Determiners before a year that make it modify the noun after it as a date: "a 1971 convention", "that
 * 1978 resolution", "its 1988 recapitalization". A count after a determiner is written with a comma
 * ("the 2,000 troops"), so a four-digit number there is a year.
 */
export const YEAR_DETERMINERS = wordSet(`a an the that this its his her their our whose`);

/**
 * Nouns a year may modify ("the 2022 invasion"). After any other noun the number is more likely an amount
 * ("2025 troops"), so the year matcher keeps a year before a noun only when the noun is listed here.
 */
export const YEAR_NOUNS = wordSet(`
  invasion election elections summit war budget season census deal agreement accord accords talks campaign
  offensive counteroffensive olympics games ceasefire truce crisis revolution annexation referendum report
  survey treaty vote poll polls protests uprising memorandum ruling law act plan model level levels
  levels figures figure estimate forecast results earnings quarter world cup championship
`);

/** Words right before a number that make it a label rather than a year: "version 2025", "No. 2014". */
export const YEAR_BLOCKING_LEADS = wordSet(`version v no no. number # room flight route highway page
  rule article section chapter resolution`);
