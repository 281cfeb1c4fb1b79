import type { Command } from 'commander';
import { buildTimeline } from '../../service/timeline-service.js';
import type { TimelineItem } from '../../service/timeline-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';
import { parseDay, parseLimit } from '../option-parsers.js';

interface TimelineFlags {
  db?: string;
  from?: string;
  to?: string;
  limit: number;
  json?: boolean;
}

/** `parley timeline`: every dated expression of the stored articles in date order, each with its citation. */
export function registerTimeline(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('timeline')
    .description('print the dated items of the stored articles in date order, each citing doc:start-end')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--from <YYYY-MM-DD>', 'leave out items that end before this day', parseDay)
    .option('--to <YYYY-MM-DD>', 'leave out items that start after this day', parseDay)
    .option('--limit <n>', 'how many to show', parseLimit, 1000)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nEach line: the value (a day, week, month, quarter or year), the words as written, the sentence, and\n' +
        'the citation doc_id:start-end (offsets into the clean text). Relative expressions ("last week") are\n' +
        "resolved against the article's date; an article dated by inference says so with (inferred).",
    )
    .action(async (flags: TimelineFlags) => {
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const items = (await buildTimeline(store, { from: flags.from, to: flags.to })).slice(0, flags.limit);
        if (flags.json) io.out(`${JSON.stringify({ items }, null, 2)}\n`);
        else if (items.length === 0) io.out('no dated items\n');
        else for (const item of items) io.out(`${formatItem(item)}\n`);
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

function formatItem(item: TimelineItem): string {
  const inferred = item.published === 'inferred' ? ' (inferred)' : '';
  const context = item.context.length > 110 ? `${item.context.slice(0, 107)}...` : item.context;
  return `${item.value.padEnd(13)} "${item.text}"  ${context}  [${item.doc}:${item.span.start}-${item.span.end}${inferred}]`;
}
