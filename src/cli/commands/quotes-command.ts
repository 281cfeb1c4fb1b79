import type { Command } from 'commander';
import { ParleyError } from '../../model/index.js';
import { buildQuoteReport } from '../../service/quote-service.js';
import type { ExportedQuote } from '../../service/quote-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';
import { parseLimit } from '../option-parsers.js';

interface QuotesFlags {
  db?: string;
  pack?: string;
  speaker?: string;
  issue?: string;
  limit: number;
  json?: boolean;
}

/** `parley quotes`: who said what, with the cue, the date and the citation of each quote. */
export function registerQuotes(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('quotes')
    .description('print the quotes of the stored articles: speaker, words, cue, date and doc:start-end')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--speaker <name>', "only quotes whose speaker's name or description contains this")
    .option('--issue <id>', "only quotes on this issue of the story pack's taxonomy (needs a pack)")
    .option('--limit <n>', 'how many to show', parseLimit, 200)
    .option('--json', 'print JSON, with the statements several articles report')
    .addHelpText(
      'after',
      '\nEach quote: [kind] speaker (cue, date): "words" [doc_id:start-end]. Kinds: direct (in quotation marks),\n' +
        "partial (a quoted fragment inside the reporter's sentence), indirect (reported speech).\n" +
        '\nExamples:\n  parley quotes --speaker Lavrov\n  parley quotes --pack ukraine-peace-talks --issue ceasefire',
    )
    .action(async (flags: QuotesFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      if (flags.issue !== undefined) {
        if (!pack) {
          throw new ParleyError('E_USAGE', `--issue ${flags.issue} needs a story pack`, {
            hint: 'add --pack NAME|FILE (or set PARLEY_PACK): issues come from its taxonomy',
          });
        }
        if (!pack.issues.some((issue) => issue.id === flags.issue)) {
          throw new ParleyError('E_USAGE', `--issue ${flags.issue} is not an issue of the pack ${pack.id}`, {
            hint: `use one of: ${pack.issues.map((issue) => issue.id).join(', ')}`,
          });
        }
      }
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const report = await buildQuoteReport(store, pack, { speaker: flags.speaker, issue: flags.issue });
        const quotes = report.quotes.slice(0, flags.limit);
        if (flags.json) io.out(`${JSON.stringify({ quotes, statements: report.statements }, null, 2)}\n`);
        else if (quotes.length === 0) io.out('no quotes\n');
        else for (const quote of quotes) io.out(`${formatQuote(quote)}\n`);
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

function formatQuote(quote: ExportedQuote): string {
  const speaker =
    quote.speakerName ??
    (quote.speaker && typeof quote.speaker === 'object' ? quote.speaker.description : 'unknown');
  const cue = quote.cue ? quote.cue.text : '-';
  const text = quote.text.replace(/\s+/g, ' ');
  const words = text.length > 140 ? `${text.slice(0, 137)}...` : text;
  const issues = quote.issues.length > 0 ? ` {${quote.issues.join(', ')}}` : '';
  return `[${quote.kind}] ${speaker} (${cue}, ${quote.date ?? 'undated'}): "${words}"${issues} [${quote.doc}:${quote.span.start}-${quote.span.end}]`;
}
