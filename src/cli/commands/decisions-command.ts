import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportDecisions, importDecisions } from '../../decisions/decisions-file.js';
import { ParleyError } from '../../model/index.js';
import type { Decision } from '../../store/decisions.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';

const DB_HELP = 'database file or postgres:// url (default: $PARLEY_DB or ./parley.db)';

/** `parley decisions [list|export|import|revoke]`: the analyst decisions, shared as a file under git. */
export function registerDecisions(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const decisions = program
    .command('decisions')
    .description('list the analyst decisions; export them to a file or import one (idempotent)')
    .option('--db <file>', DB_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n  parley decisions\n  parley decisions list --all --json\n' +
        '  parley decisions export --out decisions.json   # commit it with the project\n' +
        '  parley decisions import decisions.json         # twice adds nothing\n  parley decisions revoke dec_0123456789abcdef',
    );
  const list = async (flags: { db?: string; all?: boolean; json?: boolean }): Promise<void> => {
    await withStore(flags.db, io, async (store) => {
      const found = await store.listDecisions({ includeRevoked: flags.all ?? false });
      io.out(flags.json ? `${JSON.stringify({ decisions: found }, null, 2)}\n` : decisionTable(found));
    });
    setExit(EXIT.ok);
  };
  decisions.action(async (_own: unknown, command: Command) => list(command.optsWithGlobals()));
  decisions
    .command('list')
    .description('the decisions in the order made (revoked ones with --all)')
    .option('--all', 'include revoked decisions')
    .option('--json', 'print JSON')
    .action(async (_own: unknown, command: Command) => list(command.optsWithGlobals()));
  decisions
    .command('export')
    .description('write every decision (revoked ones too) as parley.decisions/1 JSON, in a stable order')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (_own: unknown, command: Command) => {
      const flags = command.optsWithGlobals<{ db?: string; out?: string }>();
      await withStore(flags.db, io, async (store) => {
        const text = `${JSON.stringify(await exportDecisions(store), null, 2)}\n`;
        if (flags.out) await writeFile(flags.out, text, 'utf8');
        else io.out(text);
      });
      setExit(EXIT.ok);
    });
  decisions
    .command('import')
    .description('add the decisions of a file not yet stored; importing twice adds nothing')
    .argument('<file>', 'a parley.decisions/1 file from `parley decisions export`')
    .action(async (file: string, _own: unknown, command: Command) => {
      const flags = command.optsWithGlobals<{ db?: string }>();
      const data = await readJson(file);
      await withStore(flags.db, io, async (store) => {
        const summary = await importDecisions(store, data);
        io.out(`${summary.added} added, ${summary.known} already known, ${summary.revoked} revoked\n`);
      });
      setExit(EXIT.ok);
    });
  decisions
    .command('revoke')
    .description('stop applying a decision; it stays stored for the audit trail')
    .argument('<id>', 'decision id (dec_…)')
    .action(async (id: string, _own: unknown, command: Command) => {
      const flags = command.optsWithGlobals<{ db?: string }>();
      await withStore(flags.db, io, async (store) => {
        const revoked = await store.revokeDecision(id, io.now());
        io.out(revoked ? `revoked ${id}\n` : `no decision ${id}\n`);
        setExit(revoked ? EXIT.ok : EXIT.partial);
      });
    });
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ParleyError('E_INPUT_NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ParleyError('E_USAGE', `${file} is not JSON: ${(error as Error).message}`);
  }
}

async function withStore(
  db: string | undefined,
  io: CliIo,
  fn: (store: Store) => Promise<void>,
): Promise<void> {
  const store = await openStore(resolveDb(db, io.env));
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

function decisionTable(decisions: readonly Decision[]): string {
  if (decisions.length === 0) return 'no decisions\n';
  return decisions
    .map(
      (d) =>
        `${d.id}  ${d.createdAt.slice(0, 10)}  ${d.author}  ${d.kind} ${d.target}` +
        `${d.value === null ? '' : ` ${JSON.stringify(d.value)}`}${d.reason ? `  (${d.reason})` : ''}` +
        `${d.revokedAt ? `  [revoked ${d.revokedAt.slice(0, 10)}]` : ''}\n`,
    )
    .join('');
}
