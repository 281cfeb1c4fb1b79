import type PgBoss from 'pg-boss';
import { handleJobs } from './job-handlers.js';
import type { HandlerContext, JobResult } from './job-handlers.js';
import type { JobQueue } from './job-queue.js';
import { JOB_KINDS } from './queue-settings.js';
import type { JobKind } from './queue-settings.js';

/** How a worker takes jobs. */
export interface WorkerOptions {
  /** Jobs of each kind handled at once in this process (each its own pg-boss polling loop). */
  concurrency: number;
  /** Jobs one loop takes per fetch; they are handled one after another and completed one by one. */
  batchSize?: number;
  /** One line per job handled. */
  log: (line: string) => void;
}

/** Totals of what a worker handled since it started. */
export interface WorkerTally {
  jobs: number;
  failed: number;
  ingested: number;
  duplicates: number;
}

/**
 * Registers the worker's loops with pg-boss and returns at once; pg-boss then polls every half second.
 * A loop's fetched jobs are handled as one batch (one transaction, one pass of the corpus steps); if the
 * batch throws, each job runs again on its own, so one failing job never fails the others. Each job is
 * completed (with its report as output) or failed on its own, and a failed job is retried by pg-boss up
 * to its retry limit. A worker killed mid-job completes nothing: its jobs stay active until they expire,
 * and then run again elsewhere.
 */
export async function startWorker(
  queue: JobQueue,
  context: HandlerContext,
  options: WorkerOptions,
): Promise<WorkerTally> {
  const tally: WorkerTally = { jobs: 0, failed: 0, ingested: 0, duplicates: 0 };
  const work = {
    batchSize: options.batchSize ?? 16,
    pollingIntervalSeconds: 0.5,
    includeMetadata: true as const,
  };
  const done = { queue, options, tally };
  for (const kind of JOB_KINDS) {
    for (let i = 0; i < Math.max(1, options.concurrency); i++) {
      await queue.boss.work<object>(kind, work, async (jobs) => {
        const inputs = jobs.map((job) => ({ data: job.data, retry: job.retryCount > 0 }));
        let results: JobResult[] | null = null;
        try {
          results = await handleJobs(kind, inputs, context);
        } catch {
          // Handled one by one below, so only the job at fault fails.
        }
        for (const [index, job] of jobs.entries()) {
          if (results) await complete(done, kind, job, results[index]!);
          else await runAlone(done, kind, job, inputs[index]!, context);
        }
      });
    }
  }
  return tally;
}

interface Done {
  queue: JobQueue;
  options: WorkerOptions;
  tally: WorkerTally;
}

async function runAlone(
  done: Done,
  kind: JobKind,
  job: PgBoss.JobWithMetadata<object>,
  input: { data: unknown; retry: boolean },
  context: HandlerContext,
): Promise<void> {
  try {
    const [result] = await handleJobs(kind, [input], context);
    await complete(done, kind, job, result!);
  } catch (error) {
    done.tally.failed++;
    const message = error instanceof Error ? error.message : String(error);
    await done.queue.boss.fail(kind, job.id, { message });
    done.options.log(
      `failed ${kind} ${job.id}${again(job)}: ${message} (pg-boss retries it up to ${job.retryLimit} times)`,
    );
  }
}

async function complete(
  { queue, options, tally }: Done,
  kind: JobKind,
  job: PgBoss.JobWithMetadata<object>,
  result: JobResult,
): Promise<void> {
  await queue.boss.complete(kind, job.id, result.report);
  tally.jobs++;
  tally.ingested += result.report.ingested;
  tally.duplicates += result.report.duplicates;
  options.log(`ok ${kind} ${result.label}: ${summarise(result)}${again(job)}`);
}

function again(job: PgBoss.JobWithMetadata<object>): string {
  return job.retryCount > 0 ? ` (retry ${job.retryCount})` : '';
}

function summarise({ report }: JobResult): string {
  const parts = [
    `${report.ingested} ingested`,
    `${report.duplicates} duplicate${report.duplicates === 1 ? '' : 's'}`,
  ];
  if (report.failures.length > 0)
    parts.push(`${report.failures.length} failed (${report.failures[0]!.code})`);
  if (report.redated.length > 0) parts.push(`${report.redated.length} re-dated`);
  return parts.join(', ');
}
