import { Option } from 'commander';
import type { Command } from 'commander';
import { annotateFile } from '../../service/annotate-service.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolvePackOption } from '../cli-context.js';

interface AnnotateFlags {
  date?: string;
  pack?: string;
  format: 'json';
}

/**
 * `parley annotate FILE`: runs the pipeline on one file without storing it and prints every layer, spans
 * as offsets into the file's text. Evaluation tools call it.
 */
export function registerAnnotate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('annotate')
    .description('run the pipeline on one file without storing it and print every layer')
    .argument('<file>', 'an article file (text, HTML, JSON Lines or feed)')
    .option('--date <YYYY-MM-DD>', 'publication date to resolve relative expressions against')
    .option('--pack <name|file>', PACK_HELP)
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .action(async (file: string, flags: AnnotateFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const result = await annotateFile(file, {
        pack,
        ...(flags.date === undefined ? {} : { date: flags.date }),
      });
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      for (const error of result.errors) io.err(`error: ${error}\n`);
      setExit(result.errors.length > 0 ? EXIT.partial : EXIT.ok);
    });
}
