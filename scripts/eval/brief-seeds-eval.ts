import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import type { BriefCell } from '../../src/service/brief-service.js';
import { buildBrief } from '../../src/service/brief-service.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

interface Expected {
  across_documents: {
    one_event: Array<{ docs: string[]; event: string }>;
    contradictions: Array<{ about: string; a: string; b: string }>;
  };
}

/**
 * Checks issue #8's brief on the five seeds ingested for real with the built-in pack: every key-point
 * cell cites characters whose words equal the stored text; the Moscow meeting the seeds report twice is
 * one timeline row; Zelensky and Trump differ on territorial concessions in the positions matrix; and
 * the role contradictions the seeds hold (in 002) are among the disputed points, citing 002.
 */
export async function evalBriefSeeds(shared: string): Promise<string[]> {
  const dir = join(shared, 'corpus', 'seeds');
  const expectedPath = join(shared, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seed brief: skipped (${dir} not found)`];
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const work = mkdtempSync(join(tmpdir(), 'parley-seed-brief-'));
  const store = await openSqliteStore(join(work, 'seeds.db'));
  try {
    const pack = resolvePack('ukraine-peace-talks');
    await ingestInputs(store, [dir], { pack });
    const texts = new Map<string, string>();
    const fileOf = new Map<string, string>();
    for await (const doc of store.exportAll()) {
      texts.set(doc.id, doc.text);
      fileOf.set(doc.id, doc.locations[0]?.ref.split(/[\\/]/).pop() ?? doc.id);
    }
    const brief = await buildBrief(store, { pack });
    const cells: BriefCell[] = brief.keyPoints.flatMap((p) => [p.says, ...p.otherSide]);
    const exact = cells.filter(
      (cell) =>
        cell.cites.length > 0 &&
        cell.cites.every(
          (c) => c.text !== '' && texts.get(c.doc)?.slice(c.span.start, c.span.end) === c.text,
        ),
    );
    const moscow = brief.timeline.filter((row) => /moscow/i.test(row.label) && /meet|talk/i.test(row.kind));
    const territory = brief.positions.filter((p) => p.issue === 'territorial-concessions');
    const zelensky = territory.find((p) => /zelensk/i.test(p.actor));
    const trump = territory.find((p) => /trump/i.test(p.actor));
    const disputed = brief.keyPoints.filter((p) => p.disputed);
    const roleLines = expected.across_documents.contradictions.map((c) => {
      const point = disputed.find((p) => p.point.toLowerCase().includes(c.about.toLowerCase()));
      const cites002 = point
        ? [point.says, ...point.otherSide].some((cell) =>
            cell.cites.some((x) => fileOf.get(x.doc)?.startsWith('002')),
          )
        : false;
      return `  disputed "${c.about}": ${point ? 'found' : 'MISSING'}${point ? `, cites 002: ${cites002 ? 'yes' : 'NO'}` : ''}`;
    });
    return [
      'seed brief (with pack):',
      `  key-point cells cited with exact words: ${exact.length}/${cells.length}`,
      `  Moscow meeting rows on the timeline: ${moscow.length} (want 1; ${expected.across_documents.one_event[0]?.event ?? ''})`,
      `  territorial-concessions: Zelensky ${zelensky?.position ?? 'MISSING'}, Trump ${trump?.position ?? 'MISSING'} (want a difference: ${zelensky && trump && zelensky.position !== trump.position ? 'yes' : 'NO'})`,
      ...roleLines,
    ];
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}
