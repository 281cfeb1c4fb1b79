import { ParleyError } from '../model/index.js';
import type { StoryPack } from '../model/index.js';
import { resolvePack } from '../packs/resolve-pack.js';

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

/**
 * The database a command uses: `--db`, else `PARLEY_DB`, else `./parley.db`. Either may be a SQLite path or
 * a `postgres://` url (see openStore). A blank `PARLEY_DB` counts as unset, as shells leave `PARLEY_DB=`.
 */
export function resolveDb(option: string | undefined, env: CliIo['env']): string {
  return option ?? (env.PARLEY_DB?.trim() ? env.PARLEY_DB : './parley.db');
}

/**
 * The story pack a command uses: `--pack NAME|FILE`, else `PARLEY_PACK`, else none. `none` turns a pack
 * set in the environment off. A bad pack fails the command with the file, line and field at fault.
 */
export function resolvePackOption(option: string | undefined, env: CliIo['env']): StoryPack | null {
  const choice = option ?? env.PARLEY_PACK;
  if (!choice || choice === 'none') return null;
  try {
    return resolvePack(choice);
  } catch (error) {
    // A pack is an argument: a bad one is a usage error (exit 2), still naming its file, line and field.
    if (!(error instanceof ParleyError)) throw error;
    throw new ParleyError('E_USAGE', `--pack ${choice}: ${error.message}`, {
      hint: error.hint,
      file: error.file,
      line: error.line,
      cause: error,
    });
  }
}

/** The help line of `--pack`, shared by every command that takes it. */
export const PACK_HELP =
  'story pack: a built-in name (ukraine-peace-talks) or a .yaml/.json file; default $PARLEY_PACK, else none';

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

/** Resolves on the first SIGINT or SIGTERM, then stops listening for them. */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
