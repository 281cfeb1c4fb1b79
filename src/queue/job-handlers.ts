import { readInput } from '../ingest/readers/index.js';
import type { ReadOutcome } from '../ingest/readers/index.js';
import type { Document } from '../model/index.js';
import type { Store } from '../store/store.js';
import type { CorpusContext } from './corpus-steps.js';
import { runCorpusSteps } from './corpus-steps.js';
import { ingestOutcomes } from './ingest-job.js';
import type { IngestJobReport } from './ingest-job.js';
import { readBytes } from './read-bytes.js';
import type { CorpusStepsJob, FetchUrlJob, IngestDocumentJob, JobKind } from './queue-settings.js';

/** What a worker's handlers share: the store, the corpus context and the reading limits. */
export interface HandlerContext extends CorpusContext {
  store: Store;
  maxBytes?: number;
  timeoutMs?: number;
}

/** One job as a handler sees it: its payload, and whether pg-boss is running it again. */
export interface JobInput {
  data: unknown;
  retry: boolean;
}

/** What one job did, for the worker's progress line and the job's output. */
export interface JobResult {
  label: string;
  report: IngestJobReport;
}

/**
 * Runs jobs of one `kind` together, one result per job in order: the articles of all of them are stored
 * in one transaction and go through the corpus steps once, as a batch of `parley ingest` does. Throws only
 * for what a retry may cure (the store); a bad input is reported in its job's result.
 */
export async function handleJobs(
  kind: JobKind,
  jobs: readonly JobInput[],
  context: HandlerContext,
): Promise<JobResult[]> {
  if (kind === 'corpus-steps') {
    const results: JobResult[] = [];
    for (const job of jobs) results.push(await corpusSteps(job.data as CorpusStepsJob, context));
    return results;
  }
  const read: Array<{ label: string; outcome: ReadOutcome; retry: boolean }> = [];
  for (const job of jobs) {
    if (kind === 'ingest-document') {
      const { input, bytes } = job.data as IngestDocumentJob;
      const outcome = readBytes(Buffer.from(bytes, 'base64'), input, context.maxBytes);
      read.push({ label: input, outcome, retry: job.retry });
    } else {
      const { url } = job.data as FetchUrlJob;
      const outcome = await readInput(url, { maxBytes: context.maxBytes, timeoutMs: context.timeoutMs });
      read.push({ label: url, outcome, retry: job.retry });
    }
  }
  const reports = await ingestOutcomes(context.store, read, context);
  return read.map(({ label }, index) => ({ label, report: reports[index]! }));
}

/** `corpus-steps`: the steps again for stored documents, by id; ids not stored are skipped. */
async function corpusSteps(job: CorpusStepsJob, context: HandlerContext): Promise<JobResult> {
  const docs: Document[] = [];
  for (const id of job.ids) {
    const doc = await context.store.getDocument(id);
    if (doc) docs.push(doc);
  }
  const steps = await runCorpusSteps(context.store, docs, context);
  return {
    label: `${job.ids.length} stored document${job.ids.length === 1 ? '' : 's'}`,
    report: {
      ingested: 0,
      duplicates: 0,
      failures: [],
      documentIds: docs.map((d) => d.id),
      redated: steps.redated,
    },
  };
}
