import { ParleyError } from '../model/index.js';

/** Exit codes every command uses: 0 ok, 1 partial failure (some inputs failed), 2 usage error. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

/** Where the CLI writes. Injected so tests can capture output without spawning a process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal: a progress bar there, plain lines otherwise. */
  isTty: boolean;
  env: Record<string, string | undefined>;
  now: () => Date;
}

/** The database a command uses: `--db`, else `PARLEY_DB`, else `./parley.db`. */
export function resolveDb(option: string | undefined, env: CliIo['env']): string {
  return option ?? env.PARLEY_DB ?? './parley.db';
}

/** Turns a thrown value into one line for the user and the exit code it deserves. */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof ParleyError) {
    io.err(`parley: ${error.toLine()}\n`);
    return error.code === 'E_USAGE' ? EXIT.usage : EXIT.partial;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`parley: internal error: ${message}\n`);
  return EXIT.partial;
}
