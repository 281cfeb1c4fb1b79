import type { Command } from 'commander';
import { buildProposals } from '../../decisions/proposal-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';

/** `parley proposals`: actor pairs that look alike but were not merged, with their evidence. */
export function registerProposals(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('proposals')
    .description('actors that may be one: look-alike pairs resolution did not merge, with their evidence')
    .option('--db <file>', 'database file or postgres:// url (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nAccept one:  parley decide merge-actors <first id> <second id>\n' +
        'Reject one:  parley decide reject actors:<first id>+<second id>   # not proposed again',
    )
    .action(async (flags: { db?: string; pack?: string; json?: boolean }) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const proposals = await buildProposals(store, pack);
        if (flags.json) io.out(`${JSON.stringify({ proposals }, null, 2)}\n`);
        else if (proposals.length === 0) io.out('no proposals\n');
        for (const p of flags.json ? [] : proposals) {
          io.out(
            `${p.names[0]} (${p.actors[0]})  ~  ${p.names[1]} (${p.actors[1]})  [${p.signals.join(', ')}]\n`,
          );
          if (p.sharedAliases.length) io.out(`  shared aliases: ${p.sharedAliases.join(', ')}\n`);
          if (p.sharedRoles.length) io.out(`  shared roles: ${p.sharedRoles.join(', ')}\n`);
          io.out(`  articles mentioning both: ${p.coMentions.length}\n`);
          for (const c of p.context) io.out(`  ${c.doc}:${c.span.start}-${c.span.end}  ${c.text}\n`);
        }
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}
