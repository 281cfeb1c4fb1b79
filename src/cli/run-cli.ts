import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-context.js';
import { EXIT, reportError } from './cli-context.js';
import { registerAnnotate } from './commands/annotate-command.js';
import { registerBrief } from './commands/brief-command.js';
import { registerContradictions } from './commands/contradictions-command.js';
import { registerEvents } from './commands/events-command.js';
import { registerStances } from './commands/stances-command.js';
import { registerExport } from './commands/export-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerList } from './commands/list-command.js';
import { registerQuotes } from './commands/quotes-command.js';
import { registerSearch } from './commands/search-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerSources } from './commands/sources-command.js';
import { registerTimeline } from './commands/timeline-command.js';
import { registerWho } from './commands/who-command.js';
import { registerWatch } from './commands/watch-command.js';
import { registerFeeds } from './commands/feeds-command.js';
import { registerWorker } from './commands/worker-command.js';
import { registerDecide } from './commands/decide-command.js';
import { registerDecisions } from './commands/decisions-command.js';
import { registerProposals } from './commands/proposals-command.js';

const VERSION = '0.1.0';

/**
 * Runs the CLI on `argv` (without the node and script entries) and returns the exit code: 0 ok, 1 partial
 * failure, 2 usage error. Output goes through `io`, so tests drive it in-process.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exit: number = EXIT.ok;
  const setExit = (code: number): void => {
    exit = code;
  };
  const program = new Command('parley')
    .description(
      'Turn news coverage of a negotiation into a structured record with a citation for every fact.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nCommands that use the store take --db FILE (default $PARLEY_DB or ./parley.db); every command takes --help.\n' +
        'ingest, annotate, export, who, quotes, sources, contradictions and brief take --pack NAME|FILE (default $PARLEY_PACK): a story pack of known actors and dated events.',
    );
  const commands = [
    registerIngest,
    registerExport,
    registerAnnotate,
    registerList,
    registerSearch,
    registerWho,
    registerQuotes,
    registerSources,
    registerTimeline,
    registerEvents,
    registerStances,
    registerContradictions,
    registerBrief,
    registerServe,
    registerWatch,
    registerFeeds,
    registerWorker,
    registerDecide,
    registerDecisions,
    registerProposals,
  ];
  for (const register of commands) {
    register(program, io, setExit);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      const help = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return help ? EXIT.ok : EXIT.usage;
    }
    return reportError(io, error);
  }
}
