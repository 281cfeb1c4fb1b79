/**
 * A phrase lookup keyed by the lower-case first word: each phrase is stored as the words the segmenter
 * produces (hyphens are words of their own), longest first, so a lookup at a token finds the longest
 * phrase that starts there in a few comparisons. Built once per lexicon; read-only afterwards.
 */
export class WordTrie<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  /** Adds a phrase ("Secretary-General", "prime minister"); case is ignored when matching. */
  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((entry) => entry.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** Whether some phrase starts with this lower-case word: a cheap test before splitting a text. */
  hasFirstWord(lowerWord: string): boolean {
    return this.byFirst.has(lowerWord);
  }

  /** The longest phrase starting at `index` of `lowerWords`, with its length in words, or null. */
  longestAt(lowerWords: readonly string[], index: number): { length: number; value: T } | null {
    const list = this.byFirst.get(lowerWords[index] ?? '');
    if (list === undefined) return null;
    for (const entry of list) {
      if (matchesAt(entry.words, lowerWords, index))
        return { length: entry.words.length, value: entry.value };
    }
    return null;
  }
}

/** Whether `words` stand in `lowerWords` from `index` on: a plain loop, as this runs at every token. */
function matchesAt(words: readonly string[], lowerWords: readonly string[], index: number): boolean {
  for (let k = 0; k < words.length; k += 1) if (lowerWords[index + k] !== words[k]) return false;
  return true;
}

/** Splits a phrase the way the segmenter splits text: on spaces, with each hyphen a word of its own. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+|(-)/u)
    .filter((word): word is string => word !== undefined && word !== '');
}
