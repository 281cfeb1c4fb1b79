import type { Command } from 'commander';
import { buildContradictions } from '../../service/corpus-findings.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';

interface ContradictionsFlags {
  db?: string;
  pack?: string;
  json?: boolean;
}

/** `parley contradictions`: where sources disagree, each side with its citations. */
export function registerContradictions(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('contradictions')
    .description(
      'print where the stored articles disagree (roles, event dates and outcomes), each claim cited',
    )
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nEach contradiction: what it is about, then each claim with its citations doc_id:start-end.',
    )
    .action(async (flags: ContradictionsFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const contradictions = await buildContradictions(store, pack);
        if (flags.json) io.out(`${JSON.stringify({ contradictions }, null, 2)}\n`);
        else if (contradictions.length === 0) io.out('no contradictions\n');
        else {
          for (const item of contradictions) {
            io.out(`${item.about}\n`);
            for (const claim of item.claims) {
              const cites = claim.evidence.map((e) => `${e.doc}:${e.span.start}-${e.span.end}`).join(' ');
              io.out(`    ${claim.value}${claim.basis === 'pack' ? ' (story pack)' : ''}  [${cites}]\n`);
            }
          }
        }
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}
