import type { Command } from 'commander';
import type { CorpusEvent } from '../../corpus/corpus-events.js';
import { EVENT_KINDS } from '../../model/index.js';
import { buildEventReport } from '../../service/event-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';
import { parseDay, parseLimit } from '../option-parsers.js';
import { InvalidArgumentError } from 'commander';

interface EventsFlags {
  db?: string;
  actor?: string;
  kind?: string;
  from?: string;
  to?: string;
  explain?: boolean;
  limit: number;
  json?: boolean;
}

function parseKind(value: string): string {
  if (!(EVENT_KINDS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${EVENT_KINDS.join(', ')}`);
  }
  return value;
}

/** `parley events`: the talks, summits, calls and visits merged across articles, with their lifecycle. */
export function registerEvents(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('events')
    .description(
      'print the events merged across the stored articles: kind, date, place, who, status and lifecycle',
    )
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--actor <name>', 'only events with a participant whose name contains this')
    .option('--kind <kind>', `only events of this kind (${EVENT_KINDS.join(', ')})`, parseKind)
    .option('--from <YYYY-MM-DD>', 'only events on or after this day', parseDay)
    .option('--to <YYYY-MM-DD>', 'only events on or before this day', parseDay)
    .option('--explain', 'show why the reports of each event were merged')
    .option('--limit <n>', 'how many to show', parseLimit, 500)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nEach event: date, kind, label, status, then its lifecycle (status, article date, doc_id:start-end).\n' +
        'An event is dated by the text when a report states a date, else it sorts by its first report.\n' +
        '\nExamples:\n  parley events --actor Witkoff\n  parley events --kind summit --explain',
    )
    .action(async (flags: EventsFlags) => {
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const report = await buildEventReport(store, flags);
        const events = report.events.slice(0, flags.limit);
        if (flags.json) io.out(`${JSON.stringify({ events }, null, 2)}\n`);
        else if (events.length === 0) io.out('no events\n');
        else for (const event of events) io.out(formatEvent(event, flags.explain === true));
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

function formatEvent(event: CorpusEvent, explain: boolean): string {
  const first = event.mentions.find((m) => m.published !== null)?.published;
  const date = event.date.value ?? (first ? `undated (first report ${first})` : 'undated');
  const lines = [`${date}  ${event.kind}  ${event.label}  [${event.status}]`];
  if (event.outcome) lines.push(`    outcome: ${event.outcome.text}`);
  for (const mention of event.mentions) {
    lines.push(
      `    ${mention.status} (${mention.published ?? 'undated'}) [${mention.doc}:${mention.span.start}-${mention.span.end}]`,
    );
  }
  if (explain) for (const why of event.explain) lines.push(`    merged: ${why}`);
  return `${lines.join('\n')}\n`;
}
