import { readFile, rm } from 'node:fs/promises';
import { isUrl } from '../ingest/readers/index.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { FetchUrlJob, IngestDocumentJob, JobKind } from '../queue/queue-settings.js';
import type { StoryPack } from '../model/index.js';
import { ingestInputs } from '../service/ingest-service.js';
import type { IngestIssue } from '../service/ingest-service.js';
import type { Store } from '../store/store.js';

/**
 * Where a job is: waiting its turn, running, or finished (`done` even when some inputs failed). With a
 * job queue (`parley serve --queue`), a job is `enqueued` once its inputs are handed to the workers, until
 * every one of their queue jobs has completed or failed.
 */
export type JobState = 'queued' | 'running' | 'enqueued' | 'done' | 'failed';

/** One input handed to the PostgreSQL job queue: its queue job, and that job's state when last looked at. */
export interface QueuedInput {
  input: string;
  kind: JobKind;
  queueJob: string;
  state: string;
}

/** An ingest job as the API shows it: progress while it runs, the batch summary once it is done. */
export interface IngestJob {
  id: string;
  state: JobState;
  /** The inputs as the client named them: uploaded file names and urls. */
  inputs: string[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Inputs handled so far, of `total` (a url or file counts one; a feed's items count within it). */
  done: number;
  total: number;
  /** The input being read now. */
  current: string | null;
  ingested: number;
  /** Articles already stored: the same text (`duplicates`), or the same text from a new place. */
  duplicates: number;
  newLocations: number;
  documentIds: string[];
  failures: IngestIssue[];
  warnings: IngestIssue[];
  /** Set when the job itself failed (not one of its inputs): what went wrong. */
  error: string | null;
  /** With a job queue: each input's queue job, for the workers to run. */
  queued?: QueuedInput[];
}

/** What a job is given: the paths or urls to read, what to show the client, and a folder to remove after. */
export interface JobRequest {
  inputs: string[];
  shown: string[];
  cleanup?: string;
}

/** The most finished jobs kept for polling; older ones are forgotten. */
export const KEPT_JOBS = 200;

type Listener = (job: IngestJob) => void;

/**
 * The server's ingest jobs: they run one at a time (the store has one writer) in the order submitted,
 * through the same `ingestInputs` as `parley ingest`, so one bad input is reported and the rest go in.
 * Progress is kept on the job for polling and pushed to subscribers for server-sent events. Jobs live in
 * memory: a restart forgets them (the articles they stored stay stored).
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private queue: Promise<void> = Promise.resolve();
  private counter = 0;

  constructor(
    private readonly store: Store,
    private readonly pack: StoryPack | null,
    /** Told when a job has written to the store, e.g. to drop cached reports. */
    private readonly onStored: () => void,
    /** When given, jobs hand their inputs to this queue's workers instead of ingesting here. */
    private readonly workers: JobQueue | null = null,
  ) {}

  /** Queues a job and returns it at once, `queued`. */
  submit(request: JobRequest): IngestJob {
    this.counter += 1;
    const job: IngestJob = {
      id: `job-${Date.now().toString(36)}-${this.counter}`,
      state: 'queued',
      inputs: request.shown,
      createdAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
      done: 0,
      total: request.inputs.length,
      current: null,
      ingested: 0,
      duplicates: 0,
      newLocations: 0,
      documentIds: [],
      failures: [],
      warnings: [],
      error: null,
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.queue = this.queue.then(() => this.run(job, request));
    return job;
  }

  /** The job with this id, or undefined when unknown or forgotten. */
  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Every kept job, newest first. */
  list(): IngestJob[] {
    return [...this.jobs.values()].reverse();
  }

  /** Calls `listener` on every change of the job until the returned function is called. */
  subscribe(id: string, listener: Listener): () => void {
    const set = this.listeners.get(id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(id, set);
    return () => set.delete(listener);
  }

  /** Resolves when every job submitted so far has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /**
   * A job handed to the queue: reads its queue jobs' states from pg-boss and moves it to `done` once none
   * is left to run (failed ones listed in `failures`). Other jobs are returned as they are.
   */
  async refresh(job: IngestJob): Promise<IngestJob> {
    if (!this.workers || job.state !== 'enqueued' || !job.queued) return job;
    for (const item of job.queued) {
      if (item.state === 'completed' || item.state === 'failed' || item.state === 'cancelled') continue;
      const found = await this.workers.boss.getJobById(item.kind, item.queueJob, { includeArchive: true });
      item.state = found?.state ?? 'completed';
    }
    job.done = job.queued.filter((i) => ['completed', 'failed', 'cancelled'].includes(i.state)).length;
    if (job.done === job.total) {
      job.state = 'done';
      job.finishedAt = new Date().toISOString();
      job.failures = job.queued
        .filter((i) => i.state !== 'completed')
        .map((i) => ({ input: i.input, code: 'E_QUEUE_JOB', message: `the worker's job ended ${i.state}` }));
      this.onStored();
    }
    return job;
  }

  private async run(job: IngestJob, request: JobRequest): Promise<void> {
    if (this.workers) return this.enqueue(job, request, this.workers);
    job.state = 'running';
    job.startedAt = new Date().toISOString();
    this.tell(job);
    try {
      const summary = await ingestInputs(this.store, request.inputs, {
        pack: this.pack,
        labels: uploadLabels(request),
        onProgress: (progress) => {
          job.done = progress.done;
          job.total = progress.total;
          job.current = shownInput(progress.input, request);
          this.tell(job);
        },
      });
      job.ingested = summary.ingested;
      job.duplicates = summary.duplicates;
      job.newLocations = summary.newLocations;
      job.documentIds = summary.documentIds;
      job.failures = summary.failures.map((issue) => shownIssue(issue, request));
      job.warnings = summary.warnings.map((issue) => shownIssue(issue, request));
      job.state = 'done';
    } catch (error) {
      job.state = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      job.current = null;
      job.finishedAt = new Date().toISOString();
      if (request.cleanup) await rm(request.cleanup, { recursive: true, force: true });
      this.onStored();
      this.tell(job);
      this.listeners.delete(job.id);
    }
  }

  /** Hands each input to the workers: a url as `fetch-url`, a file's bytes as `ingest-document`. */
  private async enqueue(job: IngestJob, request: JobRequest, queue: JobQueue): Promise<void> {
    job.startedAt = new Date().toISOString();
    job.queued = [];
    try {
      for (const [index, input] of request.inputs.entries()) {
        const shown = request.shown[index] ?? input;
        if (isUrl(input)) {
          const queueJob = await queue.send('fetch-url', { url: input } satisfies FetchUrlJob);
          job.queued.push({ input: shown, kind: 'fetch-url', queueJob, state: 'created' });
        } else {
          const bytes = (await readFile(input)).toString('base64');
          const data: IngestDocumentJob = { input: `upload:${shown}`, bytes };
          const queueJob = await queue.send('ingest-document', data);
          job.queued.push({ input: shown, kind: 'ingest-document', queueJob, state: 'created' });
        }
      }
      job.state = 'enqueued';
    } catch (error) {
      job.state = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
      job.finishedAt = new Date().toISOString();
    } finally {
      if (request.cleanup) await rm(request.cleanup, { recursive: true, force: true });
      this.tell(job);
    }
  }

  private tell(job: IngestJob): void {
    for (const listener of this.listeners.get(job.id) ?? []) listener(job);
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.jobs.delete(job.id);
  }
}

/**
 * Where each uploaded file is recorded: `upload:<name as sent>`, as the queue path records it, never the
 * server's temp path, which is gone when the job ends. Urls are recorded as they are.
 */
function uploadLabels(request: JobRequest): Map<string, string> {
  const labels = new Map<string, string>();
  request.inputs.forEach((input, index) => {
    if (!isUrl(input)) labels.set(input, `upload:${request.shown[index] ?? input}`);
  });
  return labels;
}

/** An uploaded file as the client named it, not by the server's temp path; urls stay as they are. */
function shownInput(input: string, request: JobRequest): string {
  const index = request.inputs.indexOf(input);
  return index >= 0 ? request.shown[index]! : input;
}

function shownIssue(issue: IngestIssue, request: JobRequest): IngestIssue {
  return { ...issue, input: shownInput(issue.input, request) };
}
