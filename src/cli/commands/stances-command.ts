import type { Command } from 'commander';
import type { StanceCell } from '../../corpus/stance-history.js';
import { buildStanceOverview } from '../../service/stance-service.js';
import type { StanceOverview } from '../../service/stance-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';

interface StancesFlags {
  db?: string;
  actor?: string;
  issue?: string;
  evidence?: boolean;
  json?: boolean;
}

const MARK: Record<string, string> = { support: '+', oppose: '-', conditional: '?', neutral: '0' };

/** `parley stances`: the actor × issue matrix of positions, with the evidence behind each cell. */
export function registerStances(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('stances')
    .description('print the positions matrix: actors × issues, the latest position and whether it moved')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--actor <name>', 'only actors whose name contains this')
    .option('--issue <id>', 'only this issue')
    .option('--evidence', 'list every cell with its runs of positions and their citations')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nCells: + support, - oppose, ? conditional, 0 neutral; * marks a position that moved over time.\n' +
        'Issues come from the story pack the articles were ingested with; without one they are clustered\n' +
        'from the text (topic:<word>).',
    )
    .action(async (flags: StancesFlags) => {
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const overview = await buildStanceOverview(store, { actor: flags.actor, issue: flags.issue });
        if (flags.json) io.out(`${JSON.stringify(overview, null, 2)}\n`);
        else if (overview.cells.length === 0) io.out('no stances\n');
        else io.out(flags.evidence ? evidenceList(overview.cells) : matrix(overview));
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

/** The matrix as fixed-width text: one row per actor, one column per issue. */
export function matrix(overview: StanceOverview): string {
  const width = Math.max(5, ...overview.actors.map((a) => a.name.length));
  const cells = new Map(overview.cells.map((c) => [`${c.actor}|${c.issue}`, c]));
  const header = `${''.padEnd(width)}  ${overview.issues.map((issue, i) => `${i + 1}`.padStart(3)).join('')}`;
  const rows = overview.actors.map((actor) => {
    const marks = overview.issues.map((issue) => {
      const cell = cells.get(`${actor.id}|${issue}`);
      return (cell ? `${MARK[cell.latest.position]}${cell.shifted ? '*' : ''}` : '.').padStart(3);
    });
    return `${actor.name.padEnd(width)}  ${marks.join('')}`;
  });
  const legend = overview.issues.map((issue, i) => `  ${i + 1} ${issue}`);
  const note = overview.clustered ? ['(no story-pack taxonomy: issues clustered from the text)'] : [];
  return `${[header, ...rows, '', ...legend, ...note].join('\n')}\n`;
}

function evidenceList(cells: StanceCell[]): string {
  const lines: string[] = [];
  for (const cell of cells) {
    lines.push(
      `${cell.actorName} on ${cell.issue}: ${cell.latest.position}${cell.shifted ? ' (moved)' : ''}`,
    );
    for (const run of cell.history) {
      const cites = run.evidence.map((e) => `${e.doc}:${e.span.start}-${e.span.end}`).join(' ');
      lines.push(`    ${run.position} ${run.from ?? 'undated'}..${run.date ?? 'undated'} [${cites}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}
