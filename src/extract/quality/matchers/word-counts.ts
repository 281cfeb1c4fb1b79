import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { Word } from '../quality-input.js';

/** A word with its count among the document's word tokens. */
export interface WordCount {
  word: string;
  count: number;
}

/**
 * The document's content words (not in `FUNCTION_WORDS`, two letters or more, possessive "'s" dropped)
 * in text order, each as an id into `names`, with its sentence; `counts[id]` is how often it occurs.
 */
export interface ContentWords {
  ids: number[];
  /** For each index of the word list, the content-word id, or -1 for a function word. */
  idOf: Int32Array;
  sentences: number[];
  names: string[];
  counts: number[];
}

const contentCache = new WeakMap<readonly Word[], ContentWords>();
const topCache = new WeakMap<readonly Word[], WordCount | null>();

/** The content words of a word list, computed once per list and shared by density, FAQ and repetition. */
export function contentWordsOf(words: readonly Word[]): ContentWords {
  const cached = contentCache.get(words);
  if (cached !== undefined) return cached;
  const byName = new Map<string, number>();
  const result: ContentWords = {
    ids: [],
    idOf: new Int32Array(words.length).fill(-1),
    sentences: [],
    names: [],
    counts: [],
  };
  for (let index = 0; index < words.length; index += 1) {
    const { lower, sentence } = words[index] as Word;
    const word = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    if (word.length < 2 || FUNCTION_WORDS.has(word)) continue;
    let id = byName.get(word);
    if (id === undefined) {
      id = result.names.length;
      byName.set(word, id);
      result.names.push(word);
      result.counts.push(0);
    }
    result.counts[id] = (result.counts[id] ?? 0) + 1;
    result.idOf[index] = id;
    result.ids.push(id);
    result.sentences.push(sentence);
  }
  contentCache.set(words, result);
  return result;
}

/** The most frequent content word of three letters or more, ties broken alphabetically (stable). */
export function topContentWord(words: readonly Word[]): WordCount | null {
  const cached = topCache.get(words);
  if (cached !== undefined) return cached;
  const { names, counts } = contentWordsOf(words);
  let best: WordCount | null = null;
  names.forEach((word, id) => {
    const count = counts[id] ?? 0;
    if (word.length < 3) return;
    if (best === null || count > best.count || (count === best.count && word < best.word))
      best = { word, count };
  });
  topCache.set(words, best);
  return best;
}

/**
 * A lookup "is content word `id` spelt right?" that asks `check` once per distinct word of the document:
 * most words repeat, and a dictionary lookup per token cost more than the rest of the typo rule.
 */
export function spellingOf(
  words: readonly Word[],
  check: (name: string) => boolean,
): (id: number) => boolean {
  const { names } = contentWordsOf(words);
  const verdicts = new Int8Array(names.length);
  return (id) => {
    if (verdicts[id] === 0) verdicts[id] = check(names[id] ?? '') ? 1 : 2;
    return verdicts[id] === 1;
  };
}
