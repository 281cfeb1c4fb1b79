// Checks title detection on the seed articles in ../shared/corpus/seeds, read in place (never copied).
// Run: npx tsx src/ingest/readers/check-seeds.ts [seeds-dir]. Prints one line per seed; exits 1 on a
// mismatch and 0 (skipped) when the folder is absent, because unit tests must not depend on ../shared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineSpans } from './line-spans.js';
import { readText } from './text-reader.js';

/** What each seed must give, stated by position in the file so no seed text is written here. */
interface SeedExpectation {
  /** 0-based index, among non-empty lines, of the title line; null when there is no title. */
  titleLine: number | null;
  /** Drop details expected, in order. */
  drops: string[];
}

const EXPECTED: Readonly<Record<string, SeedExpectation>> = {
  '000': { titleLine: null, drops: [] },
  '001': { titleLine: 1, drops: ['section label', 'title repeated as the first body line'] },
  '002': { titleLine: 0, drops: [] },
  '003': { titleLine: 0, drops: [] },
  '004': { titleLine: null, drops: [] },
};

/** Compares the text reader's title and drops on one seed with what is expected; returns the problems. */
export function checkSeed(text: string, expected: SeedExpectation): string[] {
  const doc = readText(text, { kind: 'file', ref: 'seed' });
  const nonEmpty = lineSpans(text).filter((l) => l.trimmed.end > l.trimmed.start);
  const want = expected.titleLine === null ? undefined : nonEmpty[expected.titleLine]?.trimmed;
  const problems: string[] = [];
  if (JSON.stringify(doc.titleSpan) !== JSON.stringify(want)) {
    problems.push(`title span ${JSON.stringify(doc.titleSpan)}, expected ${JSON.stringify(want)}`);
  }
  const details = doc.drop.map((d) => d.detail);
  if (details.length !== expected.drops.length || expected.drops.some((d, i) => !details[i]?.startsWith(d))) {
    problems.push(`drops ${JSON.stringify(details)}, expected ${JSON.stringify(expected.drops)}`);
  }
  const repeat = doc.drop.find((d) => d.detail.startsWith('title repeated'));
  if (repeat && doc.titleSpan) {
    const title = text.slice(doc.titleSpan.start, doc.titleSpan.end);
    if (text.slice(repeat.span.start, repeat.span.end).trim() !== title)
      problems.push('repeat drop is not the title');
  }
  return problems;
}

function main(): number {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const dir = process.argv[2] ?? join(here, '..', '..', '..', '..', 'shared', 'corpus', 'seeds');
  if (!existsSync(dir)) {
    console.log(`seeds: skipped (${dir} not found)`);
    return 0;
  }
  let failures = 0;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const expected = EXPECTED[file.slice(0, 3)];
    if (!expected) continue;
    const problems = checkSeed(readFileSync(join(dir, file), 'utf8'), expected);
    failures += problems.length > 0 ? 1 : 0;
    console.log(`${file}: ${problems.length === 0 ? 'ok' : `FAIL ${problems.join('; ')}`}`);
  }
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
