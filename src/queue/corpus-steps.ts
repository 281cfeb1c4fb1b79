import type { Document, DuplicateLink, StoryPack } from '../model/index.js';
import type { Pipeline } from '../pipeline/index.js';
import { learnAndRedate } from '../service/corpus-dating.js';
import { resolveDocumentActors } from '../service/corpus-service.js';
import { indexDuplicates } from '../service/duplicate-service.js';
import { mergeDocumentEvents } from '../service/event-service.js';
import type { Store } from '../store/store.js';

/** What the corpus steps need besides the store: the pipeline and pack a re-dated article is redone with. */
export interface CorpusContext {
  pipeline: Pipeline;
  pack: StoryPack | null;
}

/** What one run of the corpus steps changed beyond its own documents. */
export interface CorpusStepsResult {
  duplicatesOf: DuplicateLink[];
  redated: string[];
}

/**
 * The corpus steps for stored documents, in the order `ingestInputs` runs them after each batch: actors,
 * near-copies, the events they date (re-dating stored undated articles), then event merging for the
 * documents and the re-dated ones. Each step takes its own advisory lock in the PostgreSQL store and is
 * idempotent (linked entities keep their actor, an indexed signature is skipped, anchors are inserted
 * `on conflict do nothing`, a document's event records are replaced), so a retried job may run it again
 * for documents whose first run was cut short. See README.md for the locks.
 */
export async function runCorpusSteps(
  store: Store,
  docs: readonly Document[],
  context: CorpusContext,
): Promise<CorpusStepsResult> {
  if (docs.length === 0) return { duplicatesOf: [], redated: [] };
  await resolveDocumentActors(store, docs);
  const duplicatesOf = await indexDuplicates(store, docs);
  const dating = await learnAndRedate(store, docs, context);
  await mergeDocumentEvents(store, await withRedated(store, docs, dating.redated));
  return { duplicatesOf, redated: dating.redated };
}

/** The documents, plus the stored ones a new date changed, as stored now (the same as ingest's). */
async function withRedated(
  store: Store,
  docs: readonly Document[],
  redated: readonly string[],
): Promise<Document[]> {
  const out = [...docs];
  for (const id of redated) {
    const stored = await store.getDocument(id);
    if (!stored) continue;
    const at = out.findIndex((doc) => doc.id === id);
    if (at >= 0) out[at] = stored;
    else out.push(stored);
  }
  return out;
}
