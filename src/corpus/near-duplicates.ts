import type { DuplicateLink, StoredSignature } from '../model/index.js';
import { similarity } from './minhash.js';

/**
 * Estimated Jaccard similarity of 3-word shingles at or above which an article copies or rewrites another.
 * On the sample corpus a keyword-stuffed rewrite with a key-point table and a generated FAQ scores about
 * 0.29 against its source, a rewrite of one wire story about 0.44, and unrelated articles on the same
 * story at most 0.08.
 */
export const NEAR_DUPLICATE = 0.25;
/**
 * At or above this, from another outlet, it is the same story syndicated (the sample's wire story and its
 * copy with a new headline, two words changed and the last paragraph cut: about 0.78); from the same
 * outlet, a copy.
 */
export const SYNDICATED = 0.7;

/**
 * The copy relation between `doc` and the LSH candidates (earlier articles, in ingest order): the most
 * similar candidate at or above `NEAR_DUPLICATE`, the earliest on a tie. The copy is the one published
 * later: `doc`, unless both are dated and the candidate was published after it (the original arrived
 * second), when the candidate points to `doc` — if it points nowhere yet (`taken` lists those that do).
 * `syndicated` when very similar and the outlets differ; `near-duplicate` otherwise (a copy from the same
 * outlet, or a light rewrite). Pure.
 */
export function decideDuplicate(
  doc: StoredSignature,
  candidates: readonly StoredSignature[],
  taken: ReadonlySet<string> = new Set(),
): DuplicateLink | null {
  let best: { candidate: StoredSignature; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.docId === doc.docId) continue;
    const score = similarity(doc.signature, candidate.signature);
    if (score >= NEAR_DUPLICATE && (best === null || score > best.score)) best = { candidate, score };
  }
  if (best === null) return null;
  const other = best.candidate;
  const otherOutlet = doc.source !== null && other.source !== null && doc.source !== other.source;
  const docFirst =
    doc.published !== null &&
    other.published !== null &&
    doc.published < other.published &&
    !taken.has(other.docId);
  return {
    doc: docFirst ? other.docId : doc.docId,
    of: docFirst ? doc.docId : other.docId,
    similarity: Math.round(best.score * 1000) / 1000,
    kind: best.score >= SYNDICATED && otherOutlet ? 'syndicated' : 'near-duplicate',
  };
}
