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

const TIMED_ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i;
const HAS_TIME = /\d:\d\d/;

/**
 * The publication stamp a signature keeps: the metadata's date and time when it gives a time, so two
 * articles of the same day are ordered by the hour; otherwise the calendar day (`day`, as normalised at
 * ingest). A timed ISO value stays as written (a missing zone read as UTC), so its first ten characters are
 * still the written day; another timed format (RFC 822 from a feed) becomes UTC when that keeps the day.
 */
export function publicationStamp(day: string | null, written: string | undefined): string | null {
  const text = written?.trim() ?? '';
  if (day === null || day.length !== 10 || !HAS_TIME.test(text)) return day;
  const iso = TIMED_ISO.exec(text);
  if (iso) {
    const stamp = `${iso[1]!}T${iso[2]!}${iso[3] ?? 'Z'}`;
    return iso[1] === day && Number.isFinite(Date.parse(stamp)) ? stamp : day;
  }
  const instant = Date.parse(text);
  if (!Number.isFinite(instant) || !/(?:GMT|UTC|Z|[+-]\d{4})\s*$/i.test(text)) return day;
  const utc = new Date(instant).toISOString();
  return utc.startsWith(day) ? utc : day;
}

/**
 * Whether stamp `a` is strictly earlier than `b`. Two timed stamps compare as instants; otherwise by the
 * calendar (day or month) they share, so a dated-only article is never placed before a timed one of the
 * same day. Unknown (null) is never before anything.
 */
export function publishedBefore(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a.length > 10 && b.length > 10) return Date.parse(a) < Date.parse(b);
  const length = Math.min(a.length, b.length, 10);
  return a.slice(0, length) < b.slice(0, length);
}

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
  const docFirst = publishedBefore(doc.published, other.published) && !taken.has(other.docId);
  return {
    doc: docFirst ? other.docId : doc.docId,
    of: docFirst ? doc.docId : other.docId,
    similarity: Math.round(best.score * 1000) / 1000,
    kind: best.score >= SYNDICATED && otherOutlet ? 'syndicated' : 'near-duplicate',
  };
}
