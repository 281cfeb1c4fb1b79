import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { buildSourcesReport } from '../../src/service/sources-service.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { scoreQuality } from '../../src/extract/quality/index.js';
import { seedDocuments } from './seed-documents.js';

/** The issue-#7 kinds of signal that separate a flawed seed from a clean one, with the tag that shows each. */
const KINDS: Readonly<Record<string, (code: string, by: string) => boolean>> = {
  'markup residue': (code) => code === 'markup-residue',
  'SEO spin': (code) => code === 'seo-spin',
  typos: (code) => code === 'typos',
  'spacing errors': (code) => code === 'spacing-errors',
  'sponsored content': (code) => code === 'sponsored-content',
  'SEO template / generated FAQ': (code, by) => by === 'quality/seo-faq' || by === 'quality/seo-key-points',
  repetition: (code, by) => by === 'quality/seo-repetition',
};

/** What issue #7 expects of each seed (by file-name prefix); 000 and 001 expect none of the kinds. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  '000': [],
  '001': [],
  '002': ['markup residue', 'SEO spin', 'typos', 'spacing errors'],
  '003': ['sponsored content'],
  '004': ['SEO template / generated FAQ', 'repetition'],
};

/**
 * Runs read → buildDocument → the built-in pipeline plus the quality extractor over the five seeds (read
 * in place), prints each seed's signals and score, and checks issue #7's expectations: the kinds each
 * seed must get, none on 000 and 001, and 000 and 001 scored above 002, 003 and 004. Role inconsistency
 * (also expected on 002) comes from the corpus step: it is checked after a real ingest with the pack.
 */
export async function evalQualitySeeds(sharedDir: string): Promise<string[]> {
  const dir = join(sharedDir, 'corpus', 'seeds');
  if (!existsSync(dir)) return [`seeds quality: skipped (${dir} not found)`];
  const lines = ['seeds quality: file | score | signals (code×count) | costs'];
  const scores = new Map<string, number>();
  const checks: string[] = [];
  for await (const { file, doc } of seedDocuments(dir)) {
    const signals = doc.layers.quality ?? [];
    const { score, costs } = scoreQuality(signals);
    const prefix = file.slice(0, 3);
    scores.set(prefix, score);
    const counts = new Map<string, number>();
    for (const s of signals) counts.set(s.by, (counts.get(s.by) ?? 0) + 1);
    const listed = [...counts].map(([by, n]) => `${by}×${n}`).join(', ');
    lines.push(
      `  ${file} | ${score.toFixed(3)} | ${listed || '-'} | ${costs.map((c) => `${c.code} −${c.cost}`).join(', ')}`,
    );
    for (const s of signals) lines.push(`      ${s.code} [${s.severity}] ${s.detail}`);
    const found = Object.entries(KINDS)
      .filter(([, test]) => signals.some((s) => test(s.code, s.by)))
      .map(([kind]) => kind);
    const want = EXPECTED[prefix] ?? [];
    const missing = want.filter((k) => !found.includes(k));
    const extra = want.length === 0 ? found : [];
    const ok = missing.length === 0 && extra.length === 0;
    const what = want.length === 0 ? 'none of the kinds' : want.join(', ');
    const why = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      extra.length ? `unexpected ${extra.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    checks.push(`  ${ok ? 'holds' : 'FAILS'}: ${prefix} gets ${what}${why ? ` (${why})` : ''}`);
  }
  lines.push('seeds quality: expectations of issue #7', ...checks);
  const clean = ['000', '001'].map((p) => scores.get(p) ?? 0);
  const flawed = ['002', '003', '004'].map((p) => scores.get(p) ?? 1);
  const ranked = Math.min(...clean) > Math.max(...flawed);
  lines.push(
    `  ${ranked ? 'holds' : 'FAILS'}: 000 and 001 (${clean.join(', ')}) score above 002, 003, 004 (${flawed.join(', ')})`,
  );
  lines.push(...(await corpusChecks(dir)));
  return lines;
}

/**
 * The signals the corpus adds, checked after a real ingest of the seeds with the built-in pack: role
 * inconsistency on 002 and on no other seed, and the articles' scores as `parley sources` shows them.
 */
async function corpusChecks(dir: string): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'parley-quality-seeds-'));
  const store = await openSqliteStore(join(work, 'seeds.db'));
  try {
    const pack = resolvePack('ukraine-peace-talks');
    await ingestInputs(store, [dir], { pack });
    const fileOf = new Map<string, string>();
    for await (const doc of store.exportAll())
      fileOf.set(doc.id, doc.locations[0]?.ref.split(/[\\/]/).pop() ?? doc.id);
    const articles = (await buildSourcesReport(store, pack)).flatMap((source) => source.articles);
    const withRole = articles
      .filter((a) => a.top.some((t) => t.code === 'role-inconsistency'))
      .map((a) => fileOf.get(a.id)?.slice(0, 3));
    const scores = articles.map((a) => `${fileOf.get(a.id)?.slice(0, 3)} ${a.score}`).sort();
    return [
      `  ${withRole.join() === '002' ? 'holds' : 'FAILS'}: after ingest with the pack, role inconsistency on ${withRole.join(', ') || 'none'} (want 002 only)`,
      `  scores after the corpus steps (parley sources): ${scores.join(', ')}`,
    ];
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}
