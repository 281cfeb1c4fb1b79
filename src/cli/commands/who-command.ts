import type { Command } from 'commander';
import { Option } from 'commander';
import { buildActorReport } from '../../service/corpus-service.js';
import type { WhoEntry } from '../../service/corpus-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';
import { parseLimit } from '../option-parsers.js';

interface WhoFlags {
  db?: string;
  pack?: string;
  kind?: 'person' | 'organisation' | 'place';
  limit: number;
  json?: boolean;
}

/** `parley who`: the who's who: each actor with its roles, number of articles, first and last seen. */
export function registerWho(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('who')
    .description("print the who's who: actors with their roles, articles, and first and last seen")
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .addOption(new Option('--kind <kind>', 'only this kind').choices(['person', 'organisation', 'place']))
    .option('--limit <n>', 'how many to show', parseLimit, 100)
    .option('--json', 'print JSON, with aliases, the role history, mentions and role contradictions')
    .action(async (flags: WhoFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const report = await buildActorReport(store, pack);
        const actors = report.actors
          .filter((a) => !flags.kind || a.kind === flags.kind)
          .slice(0, flags.limit);
        if (flags.json) {
          io.out(`${JSON.stringify({ actors, contradictions: report.contradictions }, null, 2)}\n`);
        } else {
          io.out(
            `${'actor'.padEnd(28)}  ${'kind'.padEnd(12)}  ${'roles'.padEnd(44)}  articles  first seen  last seen\n`,
          );
          for (const actor of actors) io.out(`${formatActor(actor)}\n`);
          for (const c of report.contradictions) {
            io.out(`disputed: ${c.about}: ${c.claims.map((claim) => `"${claim.value}"`).join(' vs ')}\n`);
          }
        }
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

function formatActor(actor: WhoEntry): string {
  const roles = [
    ...new Set(
      actor.roles
        .filter((r) => r.basis === 'text' || actor.roles.every((t) => t.basis === 'pack'))
        .map(
          (r) =>
            `${r.qualifier ? `${r.qualifier} ` : ''}${r.title}${r.of ? ` (${r.of})` : ''}${r.basis === 'pack' ? ' [pack]' : ''}`,
        ),
    ),
  ].join('; ');
  const cut = (text: string, width: number): string =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
  return `${cut(actor.name, 28)}  ${actor.kind.padEnd(12)}  ${cut(roles || '-', 44)}  ${String(actor.articles).padStart(8)}  ${(actor.firstSeen ?? '-').padEnd(10)}  ${actor.lastSeen ?? '-'}`;
}
