import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option } from 'commander';
import type { Command } from 'commander';
import { buildExport, exportLines } from '../../service/export-service.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';

interface ExportFlags {
  db?: string;
  pack?: string;
  format: 'json' | 'jsonl';
  out?: string;
}

/** `parley export`: writes the versioned `parley.export/1` record (docs/export-schema.md). */
export function registerExport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('write the stored record in the parley.export/1 format (see docs/export-schema.md)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('json'))
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--pack <name|file>', PACK_HELP)
    .action(async (flags: ExportFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        const generatedAt = io.now().toISOString();
        const write = flags.out ? fileWriter(flags.out) : { write: io.out, end: async () => undefined };
        if (flags.format === 'json') {
          write.write(`${JSON.stringify(await buildExport(store, generatedAt, pack), null, 2)}\n`);
        } else {
          for await (const line of exportLines(store, generatedAt, pack)) write.write(`${line}\n`);
        }
        await write.end();
        setExit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
}

function fileWriter(path: string): { write: (text: string) => void; end: () => Promise<void> } {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  return {
    write: (text) => void stream.write(text),
    end: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
