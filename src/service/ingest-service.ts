import type { Document, DuplicateLink, KnownAnchor, ParleyError, StoryPack } from '../model/index.js';
import { isParleyError } from '../model/index.js';
import { walkInputs } from '../ingest/readers/index.js';
import type { Pipeline } from '../pipeline/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import type { PutResult, Store, VersionEntry } from '../store/store.js';
import { detectRetraction } from '../ingest/retraction/detect-retraction.js';
import { asKnownAnchors, learnAndRedate } from './corpus-dating.js';
import { resolveDocumentActors } from './corpus-service.js';
import { indexDuplicates } from './duplicate-service.js';
import { mergeDocumentEvents } from './event-service.js';
import { createExtractPool, WorkerLostError } from './extract-pool.js';
import type { ExtractPool } from './extract-pool.js';
import { processDocument } from './process-document.js';
import { readAhead, resubmit, submitUnsent } from './read-ahead.js';
import type { ReadAhead, ReadArticle } from './read-ahead.js';

/** Options for one ingest run. Size and time limits protect a batch from one pathological input. */
export interface IngestOptions {
  maxBytes?: number;
  timeoutMs?: number;
  pipeline?: Pipeline;
  /** The story pack: known actors, roles and dated anchor events. Extraction works without one. */
  pack?: StoryPack | null;
  /**
   * Worker threads that run the extractors (default 1: all in this thread). The stored result is the same
   * for any number. Ignored with a custom `pipeline`, which cannot be sent to a worker.
   */
  workers?: number;
  /**
   * A started pool of extraction workers to use instead of starting `workers` (a long-lived process keeps
   * one across runs; starting workers takes seconds). The caller closes it.
   */
  pool?: ExtractPool;
  /** Called after each input (file, url or record set) is handled, for progress display. */
  onProgress?: (event: IngestProgress) => void;
  /**
   * The location to record for a file input instead of its path, by input as given: what the server
   * records for an upload (`upload:<name as sent>`), whose temp path means nothing once the job ends.
   */
  labels?: ReadonlyMap<string, string>;
}

/** One step of progress: which input, how far through the batch, and what became of it. */
export interface IngestProgress {
  done: number;
  total: number;
  input: string;
  outcome: 'ok' | 'failed' | 'partial';
}

/** One line of the batch report: an input (with line or item) and what went wrong or needs a look. */
export interface IngestIssue {
  input: string;
  line?: number;
  code: string;
  message: string;
}

/** What a batch did. Counts are per article; a JSON Lines file or feed holds several. */
export interface IngestSummary {
  inputs: number;
  ingested: number;
  duplicates: number;
  newLocations: number;
  failures: IngestIssue[];
  warnings: IngestIssue[];
  documentIds: string[];
  /** Stored articles that were undated and got a date from an event an article of this run dated. */
  redated: string[];
  /** Articles of this run that copy or lightly rewrite an earlier one. */
  duplicatesOf: DuplicateLink[];
  /** Stored articles a new text of the same URL replaced in this run (their facts are retired). */
  superseded: string[];
  /** Articles marked retracted in this run: retraction notices and the earlier versions of their URL. */
  retracted: string[];
}

const WARN_CODES = new Set(['invalid-encoding', 'encoding-fallback', 'truncated-html']);

/** Documents are written in batches this large: one transaction each, retried one by one on failure. */
const BATCH_SIZE = 64;

/** With workers, how many articles are read and sent for extraction ahead of the one being stored. */
const READ_AHEAD = 2 * BATCH_SIZE;

/** What the corpus steps carry through one run: the pipeline, the pack, and the anchors learned so far. */
interface CorpusState {
  pipeline: Pipeline;
  pack: StoryPack | null;
  anchors: KnownAnchor[];
}

interface Pending {
  doc: Document;
  input: string;
  line: number | undefined;
}

/**
 * Reads, cleans, segments and stores every input. One bad input or record never stops the batch: it is
 * reported with its file (and line) and the rest go in. Re-ingesting the same article stores nothing new.
 * Documents are written in small batches for speed; a batch that fails is retried one document at a time,
 * so one unstorable article costs only itself.
 */
export async function ingestInputs(
  store: Store,
  inputs: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const pipeline = options.pipeline ?? defaultPipeline();
  const summary: IngestSummary = {
    inputs: 0,
    ingested: 0,
    duplicates: 0,
    newLocations: 0,
    failures: [],
    warnings: [],
    documentIds: [],
    redated: [],
    duplicatesOf: [],
    superseded: [],
    retracted: [],
  };
  const corpus: CorpusState = {
    pipeline,
    pack: options.pack ?? null,
    anchors: asKnownAnchors(await store.listAnchors()),
  };
  const list =
    (await walkInputs(inputs).catch((error: unknown) => fail(summary, inputs.join(' '), error))) ?? [];
  summary.inputs = list.length;
  const workers = options.pipeline ? 1 : Math.max(1, Math.floor(options.workers ?? 1));
  const given = options.pipeline ? null : (options.pool ?? null);
  const pool = given ?? (workers > 1 ? createExtractPool(workers) : null);
  try {
    await ingestList(store, list, options, summary, corpus, pool);
  } finally {
    if (!given) await pool?.close();
  }
  return summary;
}

/**
 * The inputs in order, exactly as one thread would handle them: each article is checked against the store
 * and extracted against the anchors known when its turn comes, and a batch is stored once 64 are pending.
 * With a pool, inputs are read and their articles extracted up to `READ_AHEAD` articles ahead; when a
 * stored batch changes the anchors, those articles are extracted again against the new ones, so the
 * result never depends on timing.
 */
async function ingestList(
  store: Store,
  list: readonly string[],
  options: IngestOptions,
  summary: IngestSummary,
  corpus: CorpusState,
  pool: ExtractPool | null,
): Promise<void> {
  const limits = { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs };
  const context = { sent: '', number: 0 };
  const ahead: ReadAhead[] = [];
  const sync = (): void => {
    const anchors = JSON.stringify(corpus.anchors);
    if (!pool || anchors === context.sent) return;
    context.sent = anchors;
    context.number = pool.setContext({ pack: corpus.pack, corpusAnchors: corpus.anchors });
    resubmit(ahead, pool);
  };
  sync();
  const pending: Pending[] = [];
  let next = 0;
  while (next < list.length || ahead.length > 0) {
    while (next < list.length && (ahead.length === 0 || (pool && articlesIn(ahead) < READ_AHEAD))) {
      ahead.push(await readAhead(list[next]!, next, limits, pool, options.labels?.get(list[next]!)));
      next += 1;
    }
    if (pool) submitUnsent(ahead, pool);
    const item = ahead.shift()!;
    const before = summary.failures.length;
    for (const error of item.errors) summary.failures.push(issueFrom(item.input, error));
    for (const article of item.articles) {
      const doc = await prepare(store, corpus, article, item.input, summary, context.number);
      if (doc) pending.push({ doc, input: item.input, line: article.line });
    }
    if (pending.length >= BATCH_SIZE) {
      await flush(store, pending.splice(0), summary, corpus);
      sync();
    }
    const failed = summary.failures.length - before;
    const state = failed === 0 ? 'ok' : item.articles.length > 0 ? 'partial' : 'failed';
    options.onProgress?.({ done: item.index + 1, total: list.length, input: item.input, outcome: state });
  }
  await flush(store, pending.splice(0), summary, corpus);
}

function articlesIn(ahead: readonly ReadAhead[]): number {
  return ahead.reduce((sum, item) => sum + item.articles.length, 0);
}

/**
 * Cleans and segments one article; an article already stored skips the pipeline (only its location is
 * new). A worker's extraction is used when it ran against the current anchors; otherwise, or when the
 * worker was lost, it runs here.
 */
async function prepare(
  store: Store,
  corpus: CorpusState,
  article: ReadArticle,
  input: string,
  summary: IngestSummary,
  context: number,
): Promise<Document | undefined> {
  const line = article.line;
  try {
    if (!article.built.ok) throw article.built.error;
    const built = article.built.doc;
    for (const signal of built.signals) {
      if (WARN_CODES.has(signal.code)) {
        summary.warnings.push({
          input,
          ...(line ? { line } : {}),
          code: signal.code,
          message: signal.detail,
        });
      }
    }
    if (await store.findByContentHash(built.contentHash)) return built;
    const here = () =>
      processDocument(corpus.pipeline, built, { pack: corpus.pack, corpusAnchors: corpus.anchors });
    if (article.extraction?.context !== context) return here();
    return await article.extraction.result.catch((error: unknown) => {
      if (error instanceof WorkerLostError) return here();
      throw error;
    });
  } catch (error) {
    return fail(summary, input, error, line);
  }
}

/**
 * Stores a batch, then runs the corpus steps for the documents it added: actors across articles, copies,
 * the events they date (which may date articles stored undated), then event merging for the added and
 * re-dated articles. A failed
 * corpus step is reported for the batch's inputs; the documents stay stored and the step is rerun for them
 * the next time they are ingested.
 */
async function flush(
  store: Store,
  batch: Pending[],
  summary: IngestSummary,
  corpus: CorpusState,
): Promise<void> {
  if (batch.length === 0) return;
  const inserted: Pending[] = [];
  const stored: Array<{ pending: Pending; id: string }> = [];
  try {
    const results = await store.putDocuments(batch.map((p) => p.doc));
    for (const [index, result] of results.entries()) {
      count(summary, result);
      stored.push({ pending: batch[index]!, id: result.id });
      if (result.status === 'inserted') inserted.push(batch[index]!);
    }
  } catch {
    for (const pending of batch) {
      try {
        const result = await store.putDocument(pending.doc);
        count(summary, result);
        stored.push({ pending, id: result.id });
        if (result.status === 'inserted') inserted.push(pending);
      } catch (error) {
        fail(summary, pending.input, error, pending.line);
      }
    }
  }
  await recordVersions(store, stored, summary);
  try {
    const docs = inserted.map((p) => p.doc);
    await resolveDocumentActors(store, docs);
    for (const link of await indexDuplicates(store, docs)) summary.duplicatesOf.push(link);
    const dating = await learnAndRedate(store, docs, corpus);
    corpus.anchors = dating.anchors;
    for (const id of dating.redated) if (!summary.redated.includes(id)) summary.redated.push(id);
    await mergeDocumentEvents(store, await withRedated(store, docs, dating.redated));
  } catch (error) {
    for (const { input, line } of inserted) fail(summary, input, error, line);
  }
}

/**
 * Records the stored articles read from a URL (or a feed item's link) as versions of that URL, and marks
 * retraction notices (issue #10). A new text at a known URL supersedes the earlier one, whose facts every
 * report then leaves out; nothing else is reprocessed. The same text at the same URL changes nothing.
 */
async function recordVersions(
  store: Store,
  stored: ReadonlyArray<{ pending: Pending; id: string }>,
  summary: IngestSummary,
): Promise<void> {
  const entries: Array<VersionEntry & { pending: Pending }> = [];
  for (const { pending, id } of stored) {
    const url = articleUrl(pending.doc);
    const retraction = detectRetraction(pending.doc.text) !== null;
    if (url !== null || retraction) entries.push({ docId: id, url, retraction, pending });
  }
  if (entries.length === 0) return;
  let recorded;
  try {
    recorded = await store.recordVersions(
      entries.map(({ docId, url, retraction }) => ({ docId, url, retraction })),
    );
  } catch (error) {
    for (const { pending } of entries) fail(summary, pending.input, error, pending.line);
    return;
  }
  for (const change of recorded) {
    if (change?.created && change.version.supersedes) summary.superseded.push(change.version.supersedes);
    for (const id of change?.retracted ?? []) if (!summary.retracted.includes(id)) summary.retracted.push(id);
  }
}

/** The URL an article is a version of: the url it was fetched from, else its feed item's link; or null. */
export function articleUrl(doc: Document): string | null {
  const fetched = doc.locations.find((l) => l.kind === 'url' && l.item === undefined && l.line === undefined);
  if (fetched) return fetched.ref;
  const fromFeed = doc.locations.some((l) => l.item !== undefined);
  return fromFeed ? (doc.meta.url ?? doc.meta.canonicalUrl ?? null) : null;
}

/** The batch's documents, plus the stored ones a new date changed, as stored now. */
async function withRedated(store: Store, docs: Document[], redated: readonly string[]): Promise<Document[]> {
  const inBatch = new Set(docs.map((doc) => doc.id));
  const out = docs.map((doc) => doc);
  for (const id of redated) {
    const stored = await store.getDocument(id);
    if (stored && !inBatch.has(id)) out.push(stored);
    else if (stored) out[out.findIndex((doc) => doc.id === id)] = stored;
  }
  return out;
}

/** The ids already in each summary's `documentIds`, so adding one stays constant-time in a huge batch. */
const listedIds = new WeakMap<IngestSummary, Set<string>>();

function count(summary: IngestSummary, result: PutResult): void {
  if (result.status === 'inserted') summary.ingested++;
  else if (result.status === 'new-location') summary.newLocations++;
  else summary.duplicates++;
  let listed = listedIds.get(summary);
  if (!listed) listedIds.set(summary, (listed = new Set(summary.documentIds)));
  if (!listed.has(result.id)) {
    listed.add(result.id);
    summary.documentIds.push(result.id);
  }
}

function fail(summary: IngestSummary, input: string, error: unknown, line?: number): undefined {
  summary.failures.push(issueFrom(input, error, line));
  return undefined;
}

function issueFrom(input: string, error: unknown, line?: number): IngestIssue {
  if (isParleyError(error)) {
    const where = (error as ParleyError).line ?? line;
    const hint = error.hint ? ` (${error.hint})` : '';
    return {
      input: error.file ?? input,
      ...(where ? { line: where } : {}),
      code: error.code,
      message: error.message + hint,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { input, ...(line ? { line } : {}), code: 'E_INTERNAL', message };
}
