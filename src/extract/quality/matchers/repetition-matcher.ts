import type { QualitySignal } from '../../../model/index.js';
import type { QualityMatcher } from '../quality-input.js';
import { percent, quoteOf } from '../quality-input.js';
import { contentWordsOf } from './word-counts.js';

const BY = 'quality/seo-repetition';

/** Sentences shorter than this (in content words) are not judged: too few shingles to say. */
const MIN_SENTENCE_WORDS = 5;

/**
 * How much the article repeats itself: each sentence's content-word 2-shingles (pairs of neighbouring
 * words once function words are left out, so a paraphrase that keeps the keyword phrases still matches;
 * 3-shingles of all or of content words separated the seeds less, see README) are compared with every
 * shingle of the sentences before it; a sentence of which at least `thresholds.repeatedSentence` of the shingles appeared earlier
 * is a repeat. Fires when repeats are more than `thresholds.repetitionShare` of the judged sentences; the
 * span is the first repeated sentence.
 */
export const repetitionMatcher: QualityMatcher = ({ doc, words, thresholds }) => {
  if (words.length < thresholds.minimumWords) return [];
  const { ids, sentences, names } = contentWordsOf(words);
  const base = names.length < SMALL_BASE ? SMALL_BASE : SHINGLE_BASE;
  const seen = new Set<number>();
  let judged = 0;
  const repeats: number[] = [];
  for (let start = 0; start < ids.length;) {
    let end = start + 1;
    while (end < ids.length && sentences[end] === sentences[start]) end += 1;
    if (end - start >= MIN_SENTENCE_WORDS) {
      let before = 0;
      for (let i = start; i + 1 < end; i += 1) if (seen.has(shingle(ids, i, base))) before += 1;
      judged += 1;
      if (before / (end - start - 1) >= thresholds.repeatedSentence) repeats.push(sentences[start] ?? 0);
      for (let i = start; i + 1 < end; i += 1) seen.add(shingle(ids, i, base));
    }
    start = end;
  }
  if (judged === 0 || repeats.length / judged <= thresholds.repetitionShare) return [];
  const first = doc.layers.sentences?.[repeats[0] ?? -1];
  const signal: QualitySignal = {
    code: 'seo-spin',
    severity: 'warning',
    detail: `Self-repetition: ${repeats.length} of ${judged} sentences (${percent(repeats.length / judged)}) repeat earlier word pairs (≥ ${percent(thresholds.repeatedSentence)} of theirs), above ${percent(thresholds.repetitionShare)}`,
    by: BY,
  };
  if (first !== undefined) {
    signal.span = first.span;
    signal.detail += `; first: "${quoteOf(doc.text.slice(first.span.start, first.span.end), 50)}"`;
  }
  return [signal];
};

/** Word ids stay below this, so a pair of ids is one exact number key (ids × base < 2^53). */
const SHINGLE_BASE = 2 ** 26;

/** With fewer distinct words than this, a pair key stays a small integer (< 2^30), which hashes fastest. */
const SMALL_BASE = 2 ** 15;

/** The 2-shingle of content words starting at `at`, as one number. */
function shingle(ids: readonly number[], at: number, base: number): number {
  return (ids[at] ?? 0) * base + (ids[at + 1] ?? 0);
}
