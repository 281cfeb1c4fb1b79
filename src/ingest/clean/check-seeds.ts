import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanDocument } from './clean-document.js';
import { makeRawDocument } from './make-raw-document.js';

/** Strings that must not survive cleaning in any seed: residue, teasers, sponsored notices. */
export const FORBIDDEN_IN_CLEAN_TEXT: readonly string[] = [
  '< p >',
  'h 3 >',
  'p>',
  'Share this article',
  'Read More:',
  'IMPORTANT NOTICE',
  'sponsored content',
];

/** One seed's outcome: its file name, its cleaning signals as report lines, and the forbidden strings left. */
export interface SeedCheck {
  file: string;
  signals: string[];
  leftovers: string[];
}

/**
 * Cleans every `*.txt` seed in `directory` (the real scraped articles in ../shared, read in place and
 * never copied) and reports what cleaning found and which forbidden strings survived. Returns an empty
 * list when the directory is absent, so the check runs on machines without the shared corpus.
 */
export function checkSeeds(directory: string): SeedCheck[] {
  let files: string[];
  try {
    files = readdirSync(directory).filter((name) => name.endsWith('.txt'));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const path = join(directory, file);
    const result = cleanDocument(makeRawDocument(readFileSync(path, 'utf8'), {}, path));
    return {
      file,
      signals: result.signals.map(
        (signal) =>
          `${signal.by} ${signal.code} [${signal.rawSpan?.start}, ${signal.rawSpan?.end}) ${signal.detail}`,
      ),
      leftovers: FORBIDDEN_IN_CLEAN_TEXT.filter((needle) => result.text.includes(needle)),
    };
  });
}

function main(): void {
  const directory = process.argv[2] ?? '/work/shared/corpus/seeds';
  const checks = checkSeeds(directory);
  if (checks.length === 0) console.log(`no seeds found in ${directory}`);
  for (const check of checks) {
    console.log(`${check.leftovers.length === 0 ? 'PASS' : 'FAIL'} ${check.file}`);
    for (const line of check.signals) console.log(`  ${line}`);
    for (const needle of check.leftovers) console.log(`  left in clean text: ${JSON.stringify(needle)}`);
  }
  if (checks.some((check) => check.leftovers.length > 0)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
