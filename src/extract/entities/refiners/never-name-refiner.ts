import type { EntityCandidate } from '../entity-candidate.js';
import { NEVER_ALONE, NEVER_NAMES } from '../lexicon/stop-words.js';
import { phraseWords } from '../lexicon/word-trie.js';
import type { DocInput, EntityRefiner } from './entity-refiner.js';
import { textOf } from './entity-refiner.js';

/**
 * Drops candidates that are not names whatever their capitals: months and weekdays ("May"), function
 * words, headline nouns, words never a name alone ("Foreign", "Nordic", "Christmas"), and a title alone
 * ("President", "Prime Minister"). Gazetteer and pack names
 * are kept: they are names by definition.
 */
export const neverNameRefiner: EntityRefiner = (candidates, doc) =>
  candidates.filter((candidate) => !isNeverName(candidate, doc));

/** The first word `phraseWords` gives: a hyphen alone, or a run of neither spaces nor hyphens. */
const FIRST_WORD = /^\s*(-|[^\s-]+)/u;

function isNeverName(candidate: EntityCandidate, doc: DocInput): boolean {
  if (candidate.matcher === 'matcher/gazetteer' || candidate.matcher === 'matcher/pack') return false;
  const text = textOf(doc, candidate);
  const lower = text.toLowerCase();
  if (NEVER_NAMES.has(lower) || NEVER_ALONE.has(lower) || text.length < 2) return true;
  // Only a candidate whose first word starts a title can be a title alone: most are split no further.
  const first = FIRST_WORD.exec(lower)?.[1];
  if (first === undefined || !doc.lexicons.titles.hasFirstWord(first)) return false;
  const words = phraseWords(text);
  const title = doc.lexicons.titles.longestAt(words, 0);
  return title !== null && title.length === words.length;
}
