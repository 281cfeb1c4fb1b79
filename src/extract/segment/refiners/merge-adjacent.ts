import type { Span } from '../../../model/index.js';

/**
 * Joins each sentence to the one before it when `shouldMerge(previous, next)` says so. `previous` is the
 * result so far, so a chain of wrong boundaries ("Adm." | "Smith and Maj." | "Jones agreed.") collapses
 * into one sentence. The joined span runs from the first start to the last end.
 */
export function mergeAdjacent(
  sentences: readonly Span[],
  shouldMerge: (previous: Span, next: Span) => boolean,
): Span[] {
  const merged: Span[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && shouldMerge(previous, sentence)) {
      merged[merged.length - 1] = { start: previous.start, end: sentence.end };
    } else {
      merged.push({ start: sentence.start, end: sentence.end });
    }
  }
  return merged;
}
