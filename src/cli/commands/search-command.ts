import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';
import { parseLimit } from '../option-parsers.js';

/** `parley search WORDS…`: full-text search over the clean text of stored articles. */
export function registerSearch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('search')
    .description('full-text search over stored articles; every word must match')
    .argument('<words...>', 'words to look for')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--limit <n>', 'how many results', parseLimit, 20)
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: { db?: string; limit: number; json?: boolean }) => {
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const hits = await store.search(words.join(' '), { limit: flags.limit });
        if (flags.json) io.out(`${JSON.stringify(hits, null, 2)}\n`);
        else for (const hit of hits) io.out(`${hit.id}  ${hit.title ?? '(no title)'}\n    ${hit.snippet}\n`);
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}
