import type { EntityCandidate, SentenceInput } from '../entity-candidate.js';
import { isCapitalised, tokenSpan } from '../entity-candidate.js';
import type { GazetteerEntry } from '../lexicon/gazetteer.js';
import { DIRECTION_WORDS } from '../lexicon/regions.js';
import type { WordTrie } from '../lexicon/word-trie.js';

/** Abbreviated country names that, before a noun or title, are adjectives: "U.S. officials". */
const ADJECTIVE_ABBREVIATIONS = new Set(['us', 'u.s.', 'uk', 'u.k.', 'usa', 'u.s.a.']);

/**
 * Known names: countries and their aliases, demonyms (kind `nationality`), large cities, regions and
 * organisations, longest first. A name must be capitalised as written ("us" is a pronoun, "US" a
 * country). "eastern Ukraine" takes its compass word. "US"/"U.S." before a lower-case noun or a title
 * is an adjective: a nationality mention of the United States.
 */
export function gazetteerMatcher(input: SentenceInput): EntityCandidate[] {
  return matchTrie(input, input.lexicons.names, 'matcher/gazetteer');
}

/** The same lookup over a story pack's actor names and aliases (run only when a pack is in use). */
export function packMatcher(input: SentenceInput): EntityCandidate[] {
  return input.pack === null ? [] : matchTrie(input, input.pack, 'matcher/pack');
}

function matchTrie(input: SentenceInput, trie: WordTrie<GazetteerEntry>, matcher: string): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let index = 0; index < input.tokens.length; index += 1) {
    if (!isCapitalised(input.words[index])) continue;
    const match = trie.longestAt(input.lower, index);
    if (match === null) continue;
    const end = index + match.length - 1;
    const entry = match.value;
    let start = index;
    if (entry.kind === 'place' && DIRECTION_WORDS.has(input.words[index - 1] ?? '')) start -= 1;
    const kind = entry.kind === 'place' && isAdjective(input, index, end) ? 'nationality' : entry.kind;
    found.push({
      span: tokenSpan(input, start, end),
      kind,
      matcher,
      canonical: entry.name,
      ...(entry.packActor === undefined ? {} : { packActor: entry.packActor }),
    });
    index = end;
  }
  return found;
}

function isAdjective(input: SentenceInput, index: number, end: number): boolean {
  if (index !== end || !ADJECTIVE_ABBREVIATIONS.has(input.lower[index] ?? '')) return false;
  const next = input.tokens[end + 1];
  const nextWord = input.words[end + 1] ?? '';
  if (next === undefined) return false;
  if (input.lexicons.titles.longestAt(input.lower, end + 1) !== null) return true;
  return (next.pos === 'NOUN' || next.pos === 'ADJ') && !isCapitalised(nextWord);
}
