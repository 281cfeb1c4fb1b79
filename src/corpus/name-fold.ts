import { foldWords } from '../extract/entities/fold-name.js';

/**
 * Folds a name to the key spellings and transliterations share across articles: the entity layer's fold
 * (no diacritics, lower case, honorifics and possessive dropped, "yy" → "y"), then letters only, doubled
 * letters single, and the common endings of transliterated Slavic names made one ("Zelenskyy",
 * "Zelenskiy", "Zelensky" → `zelensky`; "Sergei", "Sergey" → `sergey`).
 */
export function foldName(name: string): string {
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    if (FOLDED.size >= FOLD_CACHE_SIZE) FOLDED.clear();
    folded = transliterationKey(foldWords(name).join(''));
    FOLDED.set(name, folded);
  }
  return folded;
}

/** Names repeat across articles; folding each once is most of the cost of resolution. Bounded. */
const FOLD_CACHE_SIZE = 50_000;
const FOLDED = new Map<string, string>();

function transliterationKey(folded: string): string {
  return folded
    .replace(/[^a-z]+/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/(iy|yi|ij|ei|ey|ii|i)$/, 'y')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x');
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A person's name split into its given name and surname, ignoring suffixes ("Jr."). */
export function nameParts(name: string): { given: string | null; surname: string } {
  const words = name
    .split(/\s+/)
    .filter((word) => word.length > 0 && !NAME_SUFFIXES.has(word.toLowerCase().replace(/\.$/, '')));
  const surname = words[words.length - 1] ?? name;
  return { given: words.length > 1 ? (words[0] ?? null) : null, surname };
}
