import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { buildBrief } from '../../service/brief-service.js';
import { briefHtml, briefMarkdown } from '../../service/brief-render.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';
import { parseLimit } from '../option-parsers.js';

interface BriefFlags {
  db?: string;
  pack?: string;
  format: 'md' | 'html' | 'json';
  minQuality: number;
  limit: number;
}

function parseFormat(value: string): BriefFlags['format'] {
  if (value !== 'md' && value !== 'html' && value !== 'json')
    throw new InvalidArgumentError('expected md, html or json');
  return value;
}

function parseQuality(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || n < 0 || n > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** `parley brief`: key points, timeline, who's who, positions, open questions and sources, every cell cited. */
export function registerBrief(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('brief')
    .description('print a brief of the stored articles: every cell cites doc:start-end')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--format <md|html|json>', 'output format', parseFormat, 'md')
    .option('--min-quality <0-1>', 'leave out articles whose quality score is below this', parseQuality, 0)
    .option('--limit <n>', "rows of the who's who (the timeline keeps three times as many)", parseLimit, 20)
    .addHelpText(
      'after',
      '\nA fact whose every citation is in a left-out article is dropped; the Sources section lists the\n' +
        'articles left out and why. Points the sources disagree on are marked (disputed), with both sides.\n' +
        '\nExamples:\n  parley brief --format md --min-quality 0.6\n  parley brief --format html > brief.html',
    )
    .action(async (flags: BriefFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const brief = await buildBrief(store, { pack, minQuality: flags.minQuality, limit: flags.limit });
        if (flags.format === 'json') io.out(`${JSON.stringify(brief, null, 2)}\n`);
        else io.out(flags.format === 'html' ? briefHtml(brief) : briefMarkdown(brief));
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}
