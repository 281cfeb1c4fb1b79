import { buildDocument } from '../ingest/build-document.js';
import { readInput } from '../ingest/readers/index.js';
import type { Document, RawDocument } from '../model/index.js';
import type { ExtractPool, PooledExtraction } from './extract-pool.js';

/** One article of an input, built, and submitted to the pool when there is one. */
export interface ReadArticle {
  raw: RawDocument;
  line: number | undefined;
  /** The built document, or the error building it threw; either is reported when the article's turn comes. */
  built: { ok: true; doc: Document } | { ok: false; error: unknown };
  /** The pipeline's run in a worker, against the context current when the article was read. */
  extraction?: PooledExtraction;
}

/** One input read ahead of its turn: its read errors and its articles, in order. */
export interface ReadAhead {
  index: number;
  input: string;
  errors: readonly unknown[];
  articles: ReadArticle[];
}

/**
 * Reads one input and builds its articles (recorded at `label` instead of the input's path when given);
 * with a pool whose workers have started, each built article goes to a worker at once, so the workers
 * extract while the main thread stores and runs the corpus steps of earlier articles. Building
 * is pure, so doing it early changes nothing; what depends on the store is decided when its turn comes.
 */
export async function readAhead(
  input: string,
  index: number,
  limits: { maxBytes?: number; timeoutMs?: number },
  pool: ExtractPool | null,
  label?: string,
): Promise<ReadAhead> {
  const outcome = await readInput(input, limits);
  const docs = label
    ? outcome.docs.map((raw) => ({ ...raw, location: { ...raw.location, ref: label } }))
    : outcome.docs;
  const articles = docs.map((raw): ReadArticle => {
    const line = raw.location.line ?? raw.location.item;
    let built: ReadArticle['built'];
    try {
      built = { ok: true, doc: buildDocument(raw) };
    } catch (error) {
      return { raw, line, built: { ok: false, error } };
    }
    // While no worker has started, the main thread extracts the article itself when its turn comes.
    if (!pool?.ready()) return { raw, line, built };
    return { raw, line, built, extraction: submit(pool, built.doc) };
  });
  return { index, input, errors: outcome.errors, articles };
}

/**
 * Submits again, against the pool's new context, every article read ahead: when a stored batch teaches
 * new anchors, the workers redo those extractions while the main thread goes on, instead of the main
 * thread running them one by one when their turn comes.
 */
export function resubmit(ahead: readonly ReadAhead[], pool: ExtractPool): void {
  if (!pool.ready()) return;
  for (const item of ahead) {
    for (const article of item.articles) {
      if (article.built.ok) article.extraction = submit(pool, article.built.doc);
    }
  }
}

/**
 * Submits the articles read ahead before any worker had started, once one has: otherwise the main thread,
 * the one that stores, would extract each of them itself when its turn came, while the workers wait.
 */
export function submitUnsent(ahead: readonly ReadAhead[], pool: ExtractPool): void {
  if (!pool.ready()) return;
  for (const item of ahead) {
    for (const article of item.articles) {
      if (article.built.ok && !article.extraction) article.extraction = submit(pool, article.built.doc);
    }
  }
}

function submit(pool: ExtractPool, doc: Document): PooledExtraction {
  const extraction = pool.submit(doc);
  // A result may never be awaited (the article is already stored, or its context went stale).
  extraction.result.catch(() => undefined);
  return extraction;
}
