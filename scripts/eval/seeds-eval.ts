import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import { defaultPipeline, runPipeline } from '../../src/pipeline/index.js';

/** What must never survive cleaning in the seed articles (issue #2, "Done when"). */
const FORBIDDEN = [
  '< p >',
  'h 3 >',
  'p>',
  'Share this article',
  'Read More:',
  'IMPORTANT NOTICE',
  'This article is sponsored content',
];

interface SeedExpectation {
  title: string | null;
  boilerplate: string[];
}

/**
 * Scores ingest on the five seed articles, read in place from ../shared: title accuracy, forbidden residue
 * left in the clean text, removals recorded, and sentence counts. Returns printable lines.
 */
export async function evalSeeds(shared: string): Promise<string[]> {
  const dir = join(shared, 'corpus', 'seeds');
  const expectedPath = join(shared, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seeds: skipped (${dir} not found)`];
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')).documents as Record<
    string,
    SeedExpectation
  >;
  const pipeline = defaultPipeline();
  const lines = [
    'seeds: file | title ok | residue left | removals (signals) | expected removals | sentences',
  ];
  let titlesOk = 0;
  let residue = 0;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of files) {
    const outcome = await readInput(join(dir, file), {});
    const raw = outcome.docs[0];
    if (!raw) {
      lines.push(`  ${file} | read failed: ${outcome.errors.map((e) => e.toLine()).join('; ')}`);
      continue;
    }
    const doc = runPipeline(pipeline, buildDocument(raw), { referenceDate: null });
    const want = expected[file];
    const titleOk = (doc.title?.text ?? null) === (want?.title ?? null);
    const left = FORBIDDEN.filter((s) => doc.text.includes(s));
    titlesOk += titleOk ? 1 : 0;
    residue += left.length;
    const removals = doc.signals.filter((s) => s.rawSpan).length;
    lines.push(
      `  ${file} | ${titleOk ? 'yes' : `NO (got ${JSON.stringify(doc.title?.text ?? null)})`} | ` +
        `${left.length ? left.join(', ') : 'none'} | ${removals} | ${want?.boilerplate.length ?? 0} | ${doc.layers.sentences?.length ?? 0}`,
    );
  }
  lines.push(`  titles correct: ${titlesOk}/${files.length}; forbidden strings left: ${residue}`);
  return lines;
}
