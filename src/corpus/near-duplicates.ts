import type { DuplicateLink, StoredSignature } from '../model/index.js';
import { similarity } from './minhash.js';

/**
 * Estimated Jaccard similarity of 3-word shingles at or above which an article copies or rewrites another.
 * On the sample corpus a rewrite of one story scores about 0.47 and unrelated articles on the same story
 * at most 0.08.
 */
export const NEAR_DUPLICATE = 0.4;
/** Above this, from another outlet, it is the same story syndicated; from the same outlet, a copy. */
export const SYNDICATED = 0.8;

/**
 * The earlier article `doc` copies, among the LSH candidates (in ingest order): the most similar one at or
 * above `NEAR_DUPLICATE`, the earliest on a tie. `syndicated` when very similar and the outlets differ;
 * `near-duplicate` otherwise (a copy from the same outlet, or a light rewrite). Pure.
 */
export function decideDuplicate(
  doc: StoredSignature,
  candidates: readonly StoredSignature[],
): DuplicateLink | null {
  let best: { candidate: StoredSignature; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.docId === doc.docId) continue;
    const score = similarity(doc.signature, candidate.signature);
    if (score >= NEAR_DUPLICATE && (best === null || score > best.score)) best = { candidate, score };
  }
  if (best === null) return null;
  const otherOutlet =
    doc.source !== null && best.candidate.source !== null && doc.source !== best.candidate.source;
  return {
    doc: doc.docId,
    of: best.candidate.docId,
    similarity: Math.round(best.score * 1000) / 1000,
    kind: best.score >= SYNDICATED && otherOutlet ? 'syndicated' : 'near-duplicate',
  };
}
