import { foldWords } from '../fold-name.js';

/**
 * Groups person names into people: a full name (two words or more) is its own key; a single word joins
 * the one full name whose surname it is ("Starmer" → "keir starmer"), and stays alone when none or
 * several match. Spellings that fold the same are one key ("Zelensky" / "Zelenskyy").
 */
export function personKeys(names: readonly string[]): Map<string, string> {
  const fullBySurname = new Map<string, Set<string>>();
  for (const name of names) {
    const words = foldWords(name);
    if (words.length < 2) continue;
    const surname = words[words.length - 1] ?? '';
    const set = fullBySurname.get(surname) ?? new Set<string>();
    set.add(fullKey(words, fullBySurname.get(surname)));
    fullBySurname.set(surname, set);
  }
  const keys = new Map<string, string>();
  for (const name of names) {
    const words = foldWords(name);
    const surname = words[words.length - 1] ?? '';
    const full = [...(fullBySurname.get(surname) ?? [])];
    if (words.length > 1) keys.set(name, fullKey(words, fullBySurname.get(surname)));
    else keys.set(name, full.length === 1 ? (full[0] ?? surname) : surname);
  }
  return keys;
}

/** "Donald J. Trump" and "Donald Trump" share a key: the first and last words, when they agree. */
function fullKey(words: readonly string[], known: ReadonlySet<string> | undefined): string {
  const short = `${words[0] ?? ''} ${words[words.length - 1] ?? ''}`;
  for (const key of known ?? []) if (key === short || key === words.join(' ')) return key;
  return short;
}
