import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { ingestInputs } from '../../service/ingest-service.js';
import type { IngestIssue, IngestSummary } from '../../service/ingest-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';
import { createProgress } from '../progress.js';
import { enqueueIngest } from './worker-command.js';
import { parseBytes, parseMilliseconds } from '../option-parsers.js';

interface IngestFlags {
  db?: string;
  pack?: string;
  maxBytes?: number;
  timeout?: number;
  quiet?: boolean;
  json?: boolean;
  workers?: number;
  queue?: boolean;
}

/** `parley ingest PATH|URL…`: reads, cleans, segments and stores; one bad input never stops the batch. */
export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read articles from files, directories or URLs, clean them and store them')
    .argument('<inputs...>', 'files, directories (read recursively) or http(s) URLs')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--max-bytes <size>', 'reject inputs larger than this (e.g. 10mb)', parseBytes)
    .option('--timeout <ms>', 'give up on a URL after this many milliseconds', parseMilliseconds)
    .option(
      '--workers <n>',
      'worker threads for extraction (default 1); the result is the same',
      parseWorkers,
    )
    .option('-q, --quiet', 'no progress output')
    .option('--json', 'print the summary as JSON')
    .option('--queue', 'enqueue one job per file or url for `parley worker` (needs a postgres:// --db)')
    .addHelpText(
      'after',
      '\nExamples:\n  parley ingest ./articles\n  parley ingest https://example.org/story.html feed.xml\n' +
        '\nExit codes: 0 all stored, 1 some inputs failed (the rest are stored), 2 usage error.',
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      if (flags.queue) return enqueueIngest(inputs, flags, io, setExit);
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      const progress = createProgress(io, Boolean(flags.quiet || flags.json));
      try {
        const summary = await ingestInputs(store, inputs, {
          pack,
          maxBytes: flags.maxBytes,
          timeoutMs: flags.timeout,
          workers: flags.workers,
          onProgress: (event) => progress.update(event),
        });
        progress.stop();
        report(io, summary, Boolean(flags.json));
        setExit(summary.failures.length > 0 ? EXIT.partial : EXIT.ok);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}

function report(io: CliIo, summary: IngestSummary, json: boolean): void {
  if (json) {
    io.out(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  for (const failure of summary.failures) io.err(`error: ${issueLine(failure)}\n`);
  for (const warning of summary.warnings) io.err(`warning: ${issueLine(warning)}\n`);
  const duplicates = summary.duplicates + summary.newLocations;
  const located = summary.newLocations ? ` (${summary.newLocations} seen at a new location)` : '';
  io.out(
    `${summary.ingested} ingested, ${duplicates} duplicate${duplicates === 1 ? '' : 's'}${located}, ` +
      `${summary.failures.length} failed, ${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'} ` +
      `(from ${summary.inputs} input${summary.inputs === 1 ? '' : 's'})\n`,
  );
  if (summary.redated.length > 0) {
    io.out(
      `${summary.redated.length} stored undated article${summary.redated.length === 1 ? '' : 's'} dated by events this run dated\n`,
    );
  }
}

/** A whole number of worker threads from 1 to 64. */
function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new InvalidArgumentError('expected a whole number of workers from 1 to 64, e.g. --workers 2');
  }
  return workers;
}

/** `file:line: CODE message`: the one-line form of a batch issue. */
export function issueLine(issue: IngestIssue): string {
  return `${issue.input}${issue.line ? `:${issue.line}` : ''}: ${issue.code} ${issue.message}`;
}
