import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import type { DocumentSummary } from '../../store/store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';
import { parseLimit } from '../option-parsers.js';

interface ListFlags {
  db?: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

/** `parley list`: what the store holds, one article a line, in ingest order. */
export function registerList(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('list')
    .description('list stored articles: id, date, source, title and the number of quality signals')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--limit <n>', 'how many to show', parseLimit, 100)
    .option('--offset <n>', 'how many to skip', (v: string) => Math.max(0, Number.parseInt(v, 10) || 0))
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags) => {
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const total = await store.countDocuments();
        const rows = await store.listDocuments({ limit: flags.limit, offset: flags.offset ?? 0 });
        if (flags.json) {
          io.out(`${JSON.stringify({ total, documents: rows }, null, 2)}\n`);
        } else {
          io.out(`${total} article${total === 1 ? '' : 's'} stored\n`);
          for (const row of rows) io.out(`${formatRow(row)}\n`);
        }
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

function formatRow(row: DocumentSummary): string {
  const date = row.published.value ?? 'undated';
  const source = (row.sourceName ?? '-').slice(0, 18).padEnd(18);
  const title = row.title ?? `(no title) ${row.firstLocation?.ref ?? ''}`;
  const signals = `${row.signalCount} signal${row.signalCount === 1 ? ' ' : 's'}`;
  return `${row.id}  ${date.padEnd(10)}  ${source}  ${signals.padEnd(11)}  ${title}`;
}
