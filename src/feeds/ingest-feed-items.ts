import { buildDocument } from '../ingest/build-document.js';
import { isParleyError } from '../model/index.js';
import type { Document, RawDocument, StoryPack } from '../model/index.js';
import type { Pipeline } from '../pipeline/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { asKnownAnchors, learnAndRedate } from '../service/corpus-dating.js';
import { resolveDocumentActors } from '../service/corpus-service.js';
import { indexDuplicates } from '../service/duplicate-service.js';
import { mergeDocumentEvents } from '../service/event-service.js';
import { processDocument } from '../service/process-document.js';
import type { Store } from '../store/store.js';

/** What ingesting one poll's new items did. */
export interface FeedIngest {
  /** Articles new to the store. */
  ingested: number;
  /** Items whose text was already stored (only their feed location may be new). */
  duplicates: number;
  /** Items that could not be built or analysed, one line each; the other items are stored. */
  failures: string[];
}

/**
 * Stores new feed items through the steps `ingestInputs` runs for every article: build (clean, hash), the
 * pipeline against the pack and the anchors the corpus has learned (skipped for text already stored), one
 * `putDocuments` transaction, then the corpus steps for the articles it added: actors, copies, dating,
 * event merging. Idempotent by content hash, as ingest is. A failure throws, so the poll is recorded as
 * failed and its items are read again next time.
 */
export async function ingestFeedItems(
  store: Store,
  raws: readonly RawDocument[],
  options: { pack?: StoryPack | null; pipeline?: Pipeline } = {},
): Promise<FeedIngest> {
  if (raws.length === 0) return { ingested: 0, duplicates: 0, failures: [] };
  const pipeline = options.pipeline ?? defaultPipeline();
  const corpus = { pipeline, pack: options.pack ?? null, anchors: asKnownAnchors(await store.listAnchors()) };
  const docs: Document[] = [];
  const failures: string[] = [];
  for (const raw of raws) {
    try {
      const built = buildDocument(raw);
      const known = await store.findByContentHash(built.contentHash);
      const context = { pack: corpus.pack, corpusAnchors: corpus.anchors };
      docs.push(known ? built : processDocument(pipeline, built, context));
    } catch (error) {
      failures.push(`item ${raw.location.item ?? '?'}: ${errorLine(error)}`);
    }
  }
  const results = await store.putDocuments(docs);
  const inserted = docs.filter((_, index) => results[index]?.status === 'inserted');
  await resolveDocumentActors(store, inserted);
  await indexDuplicates(store, inserted);
  const dating = await learnAndRedate(store, inserted, corpus);
  const redated: Document[] = [];
  for (const id of dating.redated) {
    const stored = await store.getDocument(id);
    if (stored) redated.push(stored);
  }
  const merged = [...inserted.filter((doc) => !dating.redated.includes(doc.id)), ...redated];
  await mergeDocumentEvents(store, merged);
  return { ingested: inserted.length, duplicates: docs.length - inserted.length, failures };
}

/** One line for an error: a ParleyError's code and message (the feed is named elsewhere), else the message. */
export function errorLine(error: unknown): string {
  if (isParleyError(error)) return `${error.code} ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
