import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { defaultPipeline } from '../../pipeline/index.js';
import { enqueueInputs } from '../../queue/enqueue-inputs.js';
import { openJobQueue } from '../../queue/job-queue.js';
import { queueSettings } from '../../queue/queue-settings.js';
import { startWorker } from '../../queue/run-worker.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption, untilStopped } from '../cli-context.js';
import { parseBytes, parseMilliseconds } from '../option-parsers.js';

interface WorkerFlags {
  db?: string;
  pack?: string;
  concurrency: number;
  maxBytes?: number;
  timeout?: number;
}

/** How long a graceful stop waits for the jobs in hand before pg-boss gives up on them (they are retried). */
const STOP_TIMEOUT_MS = 30_000;

/**
 * `parley worker`: takes jobs from the PostgreSQL job queue beside the store (`parley ingest --queue`
 * fills it) until SIGINT or SIGTERM, then stops gracefully: no new jobs, the ones in hand finished.
 * Several workers, on one machine or many, drain one queue; see src/queue/README.md.
 */
export function registerWorker(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('take ingest jobs from the PostgreSQL job queue until stopped (SIGINT/SIGTERM)')
    .option('--db <url>', 'PostgreSQL store url (default: $PARLEY_DB); the queue lives beside it')
    .option('--pack <name|file>', PACK_HELP)
    .option(
      '--concurrency <n>',
      'jobs of each kind handled at once in this process (default 1)',
      parseConcurrency,
      1,
    )
    .option('--max-bytes <size>', 'reject inputs larger than this (e.g. 10mb)', parseBytes)
    .option('--timeout <ms>', 'give up on a URL after this many milliseconds', parseMilliseconds)
    .addHelpText(
      'after',
      '\nExamples:\n  parley ingest --queue --db postgres://localhost/news ./articles\n' +
        '  parley worker --db postgres://localhost/news --concurrency 2\n',
    )
    .action(async (flags: WorkerFlags) => {
      const db = resolveDb(flags.db, io.env);
      const settings = queueSettings(db, io.env);
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(db);
      try {
        const queue = await openJobQueue(settings, true);
        const stopped = untilStopped();
        const tally = await startWorker(
          queue,
          { store, pipeline: defaultPipeline(), pack, maxBytes: flags.maxBytes, timeoutMs: flags.timeout },
          { concurrency: flags.concurrency, log: (line) => io.err(`worker ${process.pid}: ${line}\n`) },
        );
        io.err(
          `worker ${process.pid}: taking jobs from ${settings.schema} (concurrency ${flags.concurrency})\n`,
        );
        await stopped;
        io.err(`worker ${process.pid}: stopping; finishing the jobs in hand\n`);
        await queue.stop(true, STOP_TIMEOUT_MS);
        io.out(
          `${tally.jobs} jobs done, ${tally.failed} failed (${tally.ingested} ingested, ${tally.duplicates} duplicates)\n`,
        );
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

/**
 * `parley ingest --queue`: reads the named files here and enqueues one job per file (its bytes in the
 * payload) or url, for `parley worker`s to ingest. Prints how many jobs went in; exit 1 when some inputs
 * could not be read, 0 otherwise.
 */
export async function enqueueIngest(
  inputs: string[],
  flags: { db?: string; maxBytes?: number; quiet?: boolean; json?: boolean },
  io: CliIo,
  setExit: (code: number) => void,
): Promise<void> {
  const queue = await openJobQueue(queueSettings(resolveDb(flags.db, io.env), io.env), false);
  try {
    const quiet = Boolean(flags.quiet || flags.json);
    const summary = await enqueueInputs(queue, inputs, {
      maxBytes: flags.maxBytes,
      onJob: (input) => (quiet ? undefined : io.err(`queued ${input}\n`)),
    });
    if (flags.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      for (const f of summary.failures) io.err(`error: ${f.input}: ${f.code} ${f.message}\n`);
      io.out(
        `${summary.jobs} job${summary.jobs === 1 ? '' : 's'} queued in ${queue.settings.schema}, ${summary.failures.length} failed\n`,
      );
    }
    setExit(summary.failures.length > 0 ? EXIT.partial : EXIT.ok);
  } finally {
    await queue.stop(false);
  }
}

/** A whole number of concurrent jobs from 1 to 32. */
function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32) {
    throw new InvalidArgumentError('expected a whole number from 1 to 32, e.g. --concurrency 2');
  }
  return n;
}
