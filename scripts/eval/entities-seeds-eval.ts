import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entityExtractor, foldName } from '../../src/extract/entities/index.js';
import { segmentExtractor } from '../../src/extract/segment/index.js';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import type { DocEntity } from '../../src/model/index.js';
import { buildPipeline, runPipeline } from '../../src/pipeline/index.js';

interface ExpectedPerson {
  name: string;
  role?: string;
}

/**
 * Scores people on the five seed articles, no story pack: a found person matches an expected one when
 * its name equals the expected name or its surname, compared folded (case, diacritics, "yy" → "y": the
 * spellings the extractor itself merges). Precision over distinct found
 * person entities, recall over expected people, and the share of expected people whose role title was
 * found (case-insensitive).
 */
export async function evalEntitySeeds(sharedDir: string): Promise<string[]> {
  const dir = join(sharedDir, 'corpus', 'seeds');
  const expectedPath = join(sharedDir, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seeds entities: skipped (${dir} not found)`];
  const expected = (
    JSON.parse(readFileSync(expectedPath, 'utf8')) as {
      documents: Record<string, { people?: ExpectedPerson[] }>;
    }
  ).documents;
  const pipeline = buildPipeline([segmentExtractor, entityExtractor]);
  const lines = [
    'seeds entities (no story pack): file | person precision | recall | titles | unmatched found | missed',
  ];
  const total = { found: 0, matched: 0, expected: 0, recalled: 0, titled: 0 };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const raw = (await readInput(join(dir, file), {})).docs[0];
    if (raw === undefined) continue;
    const doc = runPipeline(pipeline, buildDocument(raw), { referenceDate: null, pack: null });
    const people = (doc.layers.entities ?? []).filter((e) => e.kind === 'person');
    const want = expected[file]?.people ?? [];
    const matchOf = (e: DocEntity) => want.find((p) => matches(e.name, p.name));
    const unmatched = people.filter((e) => matchOf(e) === undefined).map((e) => e.name);
    const recalled = want.filter((p) => people.some((e) => matches(e.name, p.name)));
    const titled = want.filter((p) => people.some((e) => matches(e.name, p.name) && hasTitle(e, p.role)));
    total.found += people.length;
    total.matched += people.length - unmatched.length;
    total.expected += want.length;
    total.recalled += recalled.length;
    total.titled += titled.length;
    const missed = want.filter((p) => !recalled.includes(p)).map((p) => p.name);
    lines.push(
      `  ${file} | ${people.length - unmatched.length}/${people.length} | ${recalled.length}/${want.length} | ` +
        `${titled.length}/${want.length} | ${unmatched.join(', ') || '-'} | ${missed.join(', ') || '-'}`,
    );
  }
  const ratio = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
  lines.push(
    `  all | precision ${ratio(total.matched, total.found)} | recall ${ratio(total.recalled, total.expected)} | ` +
      `titles ${ratio(total.titled, total.expected)}`,
  );
  return lines;
}

function matches(found: string, expected: string): boolean {
  const a = foldName(found);
  const b = foldName(expected);
  return a === b || a === b.split(/\s+/u).pop();
}

/** An expected person without a role counts as titled; otherwise one of the entity's titles must match. */
function hasTitle(entity: DocEntity, role: string | undefined): boolean {
  if (role === undefined) return true;
  return entity.roles.some((r) => r.title.toLowerCase() === role.toLowerCase());
}
