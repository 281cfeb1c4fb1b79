import cliProgress from 'cli-progress';
import type { IngestProgress } from '../service/ingest-service.js';
import type { CliIo } from './cli-context.js';

/** Shows batch progress: a bar on a terminal, one plain line per input otherwise (logs, CI, pipes). */
export interface ProgressDisplay {
  update(event: IngestProgress): void;
  stop(): void;
}

/** Picks the display for the output at hand. `quiet` shows nothing. */
export function createProgress(io: CliIo, quiet: boolean): ProgressDisplay {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (!io.isTty) {
    return {
      update: (e) => io.err(`[${e.done}/${e.total}] ${e.outcome === 'ok' ? 'ok' : e.outcome} ${e.input}\n`),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {input}', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (e) => {
      if (!started) bar.start(e.total, 0, { input: '' });
      started = true;
      bar.update(e.done, { input: shorten(e.input) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function shorten(input: string): string {
  return input.length > 50 ? `…${input.slice(-49)}` : input;
}
