import { phraseWords } from '../event-input.js';
import type { TriggerEntry } from '../lexicon/triggers.js';

/** A lexicon entry split into tokens. */
export type IndexedEntry<T extends TriggerEntry> = T & { readonly tokens: readonly string[] };

/** Entries by first token, longest first, so a scan takes the longest match at each token. */
export function indexTriggers<T extends TriggerEntry>(
  entries: readonly T[],
): Map<string, Array<IndexedEntry<T>>> {
  const index = new Map<string, Array<IndexedEntry<T>>>();
  for (const entry of entries) {
    const tokens = phraseWords(entry.words);
    const head = tokens[0];
    if (head === undefined) continue;
    const list = index.get(head) ?? [];
    list.push({ ...entry, tokens });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    index.set(head, list);
  }
  return index;
}
