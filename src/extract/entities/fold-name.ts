import { HONORIFICS } from './lexicon/titles.js';

/**
 * The words of a name folded for comparison: diacritics stripped, lower case, "yy" → "y", possessive
 * and honorifics dropped, a leading "the" dropped. "Sir Keir Starmer" → [keir, starmer]; "Zelenskyy's"
 * → [zelensky]. Spellings that fold the same are one name.
 */
export function foldWords(name: string): readonly string[] {
  const cached = foldCache.get(name);
  if (cached !== undefined) return cached;
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/yy/gu, 'y')
    .split(/\s+/u)
    .filter((word) => word !== '');
  while (words.length > 1 && (HONORIFICS.has(words[0] ?? '') || words[0] === 'the')) words.shift();
  foldCache.set(name, words);
  return words;
}

/** Folded names by name as written: the same few names recur in every article of a story. */
const foldCache = new Map<string, readonly string[]>();
const FOLD_CACHE_SIZE = 50_000;

/** The folded name as one string: the key names are compared by. */
export function foldName(name: string): string {
  return foldWords(name).join(' ');
}

/** One lower-case word folded the same way: "zelenskyy" → "zelensky", "türkiye" → "turkiye". */
export function foldWord(lower: string): string {
  const plain = /^[a-z]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.includes('yy') ? plain.replace(/yy/gu, 'y') : plain;
}
