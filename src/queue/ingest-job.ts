import { buildDocument } from '../ingest/build-document.js';
import type { ReadOutcome } from '../ingest/readers/index.js';
import { detectRetraction } from '../ingest/retraction/detect-retraction.js';
import { articleUrl } from '../service/ingest-service.js';
import type { Document, KnownAnchor } from '../model/index.js';
import { isParleyError } from '../model/index.js';
import { asKnownAnchors } from '../service/corpus-dating.js';
import type { IngestIssue } from '../service/ingest-service.js';
import { processDocument } from '../service/process-document.js';
import type { PutResult, Store } from '../store/store.js';
import { runCorpusSteps } from './corpus-steps.js';
import type { CorpusContext } from './corpus-steps.js';

/** What one ingest job did, stored as the job's output and printed by the worker. */
export interface IngestJobReport {
  ingested: number;
  duplicates: number;
  failures: IngestIssue[];
  documentIds: string[];
  redated: string[];
}

/** One job's read input, and whether pg-boss is running the job again. */
export interface IngestItem {
  outcome: ReadOutcome;
  retry: boolean;
}

interface Prepared {
  doc: Document;
  job: number;
}

/**
 * Stores the articles of several jobs' read inputs and runs the corpus steps once for those inserted, as
 * `ingestInputs` does for a batch: each article is checked against the store by content hash, extracted
 * against the anchors the corpus knows now, and all are written in one transaction. A copy another worker
 * stored first comes back `duplicate`, and its corpus steps are not run again. Returns one report per job.
 *
 * A job pg-boss runs again (`retry`: its worker died, or it threw) finds the articles its earlier attempt
 * stored as `duplicate`, but that attempt may have died before or inside the corpus steps, so they are run
 * again for every article of such a job; each step is idempotent (corpus-steps.ts). A store failure
 * throws, so pg-boss retries; a bad article is reported in its job's report and the rest go in.
 */
export async function ingestOutcomes(
  store: Store,
  items: readonly IngestItem[],
  context: CorpusContext,
): Promise<IngestJobReport[]> {
  const reports = items.map(({ outcome }): IngestJobReport => ({
    ingested: 0,
    duplicates: 0,
    failures: outcome.errors.map((error) => issueFrom(outcome.input, error)),
    documentIds: [],
    redated: [],
  }));
  const anchors = asKnownAnchors(await store.listAnchors());
  const prepared: Prepared[] = [];
  for (const [job, { outcome }] of items.entries()) {
    for (const raw of outcome.docs) {
      try {
        const built = buildDocument(raw);
        const known = await store.findByContentHash(built.contentHash);
        const options = { pack: context.pack, corpusAnchors: anchors };
        prepared.push({ doc: known ? built : processDocument(context.pipeline, built, options), job });
      } catch (error) {
        reports[job]!.failures.push(issueFrom(outcome.input, error, raw.location.line ?? raw.location.item));
      }
    }
  }
  const targets: Document[] = [];
  const { stored, fellBack } = await putAll(store, prepared, reports, items);
  // The same URL with new text is the next version; a retraction notice retracts its URL (issue #10).
  const versions = stored.flatMap(([{ doc }, result]) => {
    const url = articleUrl(doc);
    const retraction = detectRetraction(doc.text) !== null;
    return url !== null || retraction ? [{ docId: result.id, url, retraction }] : [];
  });
  if (versions.length > 0) await store.recordVersions(versions);
  for (const [{ doc, job }, result] of stored) {
    const report = reports[job]!;
    if (!report.documentIds.includes(result.id)) report.documentIds.push(result.id);
    if (result.status === 'inserted') {
      report.ingested++;
      targets.push(doc);
    } else {
      report.duplicates++;
      // A retried job, or a batch whose commit may have landed before its error, redoes the corpus steps.
      const stored = items[job]!.retry || fellBack ? await store.getDocument(result.id) : null;
      if (stored && !targets.some((d) => d.id === stored.id)) targets.push(stored);
    }
  }
  const steps = await runCorpusSteps(store, await redateLate(store, targets, anchors, context), context);
  // Re-dating is the batch's doing, not one job's: reported once, on the first job.
  if (reports[0]) reports[0].redated = steps.redated;
  return reports;
}

/**
 * Closes the gap between reading the anchors and committing the articles. Another worker may learn an
 * anchor in between: its re-dating search ran before these articles were committed, so it missed them,
 * and they were extracted without it. Re-read after the commit, the anchors include every one committed
 * before; one committed later is learned by a worker whose search starts after it, and so finds these
 * articles. An undated inserted article is redone against the new anchors, as `learnAndRedate` redoes a
 * stored one, and replaced when that dates it.
 */
async function redateLate(
  store: Store,
  docs: Document[],
  before: KnownAnchor[],
  context: CorpusContext,
): Promise<Document[]> {
  if (!docs.some((doc) => !doc.published.value)) return docs;
  const anchors = asKnownAnchors(await store.listAnchors());
  if (JSON.stringify(anchors) === JSON.stringify(before)) return docs;
  const out: Document[] = [];
  for (const doc of docs) {
    const redone = doc.published.value
      ? null
      : processDocument(
          context.pipeline,
          { ...doc, layers: {}, producers: {} },
          { pack: context.pack, corpusAnchors: anchors },
        );
    out.push(redone?.published.value && (await store.replaceAnalysis(redone)) ? redone : doc);
  }
  return out;
}

/**
 * Puts the articles in one transaction; if that fails, one by one, so one unstorable article costs only
 * itself. When none could be stored the first error is thrown: the server is more likely down than every
 * article bad, and pg-boss will retry the jobs. `fellBack` says the one-by-one path ran: the batch may have
 * committed before its error came back, so its articles come back as duplicates that still need their
 * corpus steps.
 */
async function putAll(
  store: Store,
  prepared: Prepared[],
  reports: IngestJobReport[],
  items: readonly IngestItem[],
): Promise<{ stored: Array<[Prepared, PutResult]>; fellBack: boolean }> {
  if (prepared.length === 0) return { stored: [], fellBack: false };
  try {
    const results = await store.putDocuments(prepared.map((p) => p.doc));
    return { stored: prepared.map((p, index) => [p, results[index]!]), fellBack: false };
  } catch (batchError) {
    const out: Array<[Prepared, PutResult]> = [];
    let firstError: unknown = batchError;
    for (const p of prepared) {
      try {
        out.push([p, await store.putDocument(p.doc)]);
      } catch (error) {
        firstError = error;
        reports[p.job]!.failures.push(issueFrom(items[p.job]!.outcome.input, error));
      }
    }
    if (out.length === 0) throw firstError;
    return { stored: out, fellBack: true };
  }
}

function issueFrom(input: string, error: unknown, line?: number): IngestIssue {
  const where = (isParleyError(error) ? error.line : undefined) ?? line;
  return {
    input: (isParleyError(error) ? error.file : undefined) ?? input,
    ...(where ? { line: where } : {}),
    code: isParleyError(error) ? error.code : 'E_INTERNAL',
    message: error instanceof Error ? error.message : String(error),
  };
}
