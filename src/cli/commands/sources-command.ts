import type { Command } from 'commander';
import { buildSourcesReport } from '../../service/sources-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';

interface SourcesFlags {
  db?: string;
  pack?: string;
  json?: boolean;
}

/** `parley sources`: outlets and their articles with quality scores and the signals that cost most. */
export function registerSources(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('sources')
    .description('list outlets and their articles with quality scores (0 to 1) and their costliest signals')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nA score starts at 1; each signal code (sponsored-content, seo-spin, typos, near-duplicate, …) takes off\n' +
        'a fixed amount, capped per code. `parley export` lists every signal with its span and the cost of each code.',
    )
    .action(async (flags: SourcesFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const sources = await buildSourcesReport(store, pack);
        if (flags.json) {
          io.out(`${JSON.stringify({ sources }, null, 2)}\n`);
        } else {
          for (const source of sources) {
            io.out(
              `${(source.score ?? NaN).toFixed(2)}  ${source.name} (${source.articles.length} article${source.articles.length === 1 ? '' : 's'})\n`,
            );
            for (const article of source.articles) {
              const top =
                article.top
                  .map((t) => (t.cost > 0 ? `${t.code} -${t.cost.toFixed(2)}` : `${t.code}, no cost`))
                  .join(', ') || 'no signals';
              const copy = article.duplicateOf ? ` [copy of ${article.duplicateOf}]` : '';
              io.out(
                `      ${(article.score ?? NaN).toFixed(2)}  ${article.id}  ${(article.title ?? '(no title)').slice(0, 60)}  (${top})${copy}\n`,
              );
            }
          }
        }
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}
