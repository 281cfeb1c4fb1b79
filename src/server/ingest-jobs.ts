import { rm } from 'node:fs/promises';
import type { StoryPack } from '../model/index.js';
import { ingestInputs } from '../service/ingest-service.js';
import type { IngestIssue } from '../service/ingest-service.js';
import type { Store } from '../store/store.js';

/** Where a job is: waiting its turn, running, or finished (`done` even when some inputs failed). */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

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

  private async run(job: IngestJob, request: JobRequest): Promise<void> {
    job.state = 'running';
    job.startedAt = new Date().toISOString();
    this.tell(job);
    try {
      const summary = await ingestInputs(this.store, request.inputs, {
        pack: this.pack,
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

  private tell(job: IngestJob): void {
    for (const listener of this.listeners.get(job.id) ?? []) listener(job);
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.jobs.delete(job.id);
  }
}

/** An uploaded file as the client named it, not by the server's temp path; urls stay as they are. */
function shownInput(input: string, request: JobRequest): string {
  const index = request.inputs.indexOf(input);
  return index >= 0 ? request.shown[index]! : input;
}

function shownIssue(issue: IngestIssue, request: JobRequest): IngestIssue {
  return { ...issue, input: shownInput(issue.input, request) };
}
