import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { BRITISH_REWRITES, WORD_PREFIXES } from './lexicon/british-spellings.js';

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;

/**
 * The Hunspell checker over dictionary-en, built on first use (≈ 0.5 s) and kept for the process: the
 * dictionary files are read at import by dictionary-en itself, so extraction does no I/O.
 */
function checker(): Speller {
  speller ??= nspell({
    aff: Buffer.from(dictionary.aff.buffer, dictionary.aff.byteOffset, dictionary.aff.byteLength),
    dic: Buffer.from(dictionary.dic.buffer, dictionary.dic.byteOffset, dictionary.dic.byteLength),
  });
  return speller;
}

/** Answers per word, kept per process: news reuses a small vocabulary, so most checks are a map lookup. */
const known = new Map<string, boolean>();
const MAX_CACHED = 200_000;

/**
 * Whether a lower-case word is spelt correctly: in the dictionary as written, or after one of the British
 * rewrites, or after all of them in turn ("manoeuvre" → "maneuver").
 */
export function isKnownWord(word: string): boolean {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const answer = check(word);
  if (known.size < MAX_CACHED) known.set(word, answer);
  return answer;
}

/** Whether the capitalised word is in the dictionary: "sweden" is a name written in lower case. */
export function isKnownName(word: string): boolean {
  const cached = names.get(word);
  if (cached !== undefined) return cached;
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  const answer = checker().correct(capitalised) && !checker().correct(word);
  if (names.size < MAX_CACHED) names.set(word, answer);
  return answer;
}

const names = new Map<string, boolean>();

/** Whether a hyphened part is only a prefix ("pre" of "pre-summit"), which is not looked up. */
export function isPrefix(part: string): boolean {
  return WORD_PREFIXES.includes(part);
}

/**
 * Known as written; or a plural the dictionary lacks ("aggressions"); or a prefix plus a word
 * ("recalibrate"); or British (`BRITISH_REWRITES`). Words run together ("redlines") are not split:
 * "discusing" would pass as "disc" + "using".
 */
function check(word: string): boolean {
  const spell = checker();
  if (spell.correct(word)) return true;
  if (word.endsWith('s') && word.length > 4 && spell.correct(word.slice(0, -1))) return true;
  for (const prefix of WORD_PREFIXES) {
    if (
      word.startsWith(prefix) &&
      word.length - prefix.length >= 4 &&
      spell.correct(word.slice(prefix.length))
    ) {
      return true;
    }
  }
  return isBritish(word, spell);
}

function isBritish(word: string, spell: Speller): boolean {
  let all = word;
  for (const [pattern, replacement] of BRITISH_REWRITES) {
    if (!pattern.test(word)) continue;
    if (spell.correct(word.replace(pattern, replacement))) return true;
    all = all.replace(pattern, replacement);
  }
  return all !== word && spell.correct(all);
}
