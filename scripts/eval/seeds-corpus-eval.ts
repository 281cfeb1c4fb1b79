import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldName } from '../../src/corpus/name-fold.js';
import type { StoryPack } from '../../src/model/index.js';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import { buildActorReport } from '../../src/service/corpus-service.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

interface Expected {
  documents: Record<string, { published: { from: string; to: string } }>;
  across_documents: {
    one_entity: string[][];
    not_one_entity: string[][];
    contradictions: Array<{ about: string; a: string; b: string }>;
  };
}

/**
 * Scores the corpus steps on the five seeds, ingested for real into a temporary SQLite store: publication
 * dates against their expected ranges (never a wrong confident date), the cross-article merges
 * (`one_entity`, `not_one_entity`), the role contradictions, and the seed dates issue #4 names. Run once
 * without a story pack and once with the built-in one; each line says which.
 */
export async function evalSeedCorpus(shared: string): Promise<string[]> {
  const dir = join(shared, 'corpus', 'seeds');
  const expectedPath = join(shared, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seed corpus: skipped (${dir} not found)`];
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const lines: string[] = [];
  for (const pack of [null, resolvePack('ukraine-peace-talks')]) {
    const label = pack ? `with pack ${pack.id}` : 'no story pack';
    const work = mkdtempSync(join(tmpdir(), 'parley-seeds-'));
    const store = await openSqliteStore(join(work, 'seeds.db'));
    try {
      await ingestInputs(store, [dir], { pack });
      lines.push(...(await scoreDates(store, expected, label)));
      lines.push(...(await scoreMerges(store, expected, pack, label)));
      lines.push(...(await scoreNamedDates(store, label)));
    } finally {
      await store.close();
      rmSync(work, { recursive: true, force: true });
    }
  }
  return lines;
}

async function docsByFile(store: Store) {
  const docs = new Map<string, Awaited<ReturnType<Store['getDocument']>>>();
  for await (const doc of store.exportAll()) {
    const file = doc.locations[0]?.ref.split(/[\\/]/).pop() ?? doc.id;
    docs.set(file, doc);
  }
  return docs;
}

async function scoreDates(store: Store, expected: Expected, label: string): Promise<string[]> {
  const lines = [`seed dates (${label}): file | published | range | expected | verdict`];
  let inside = 0;
  let unknown = 0;
  let wrong = 0;
  for (const [file, doc] of await docsByFile(store)) {
    const want = expected.documents[file]?.published;
    const got = doc!.published;
    let verdict: string;
    if (!got.value) {
      unknown += 1;
      verdict = `unknown (${got.reason ?? 'no reason given'})`;
    } else if (want && got.value >= want.from && got.value <= want.to) {
      inside += 1;
      verdict = 'inside';
    } else {
      wrong += 1;
      verdict = 'WRONG';
    }
    const range = got.range ? `${got.range.from}..${got.range.to}` : '-';
    lines.push(
      `  ${file} | ${got.value ?? '-'} ${got.basis}/${got.precision} | ${range} | ${want?.from}..${want?.to} | ${verdict}`,
    );
  }
  lines.push(`  inside ${inside}, unknown ${unknown}, wrong ${wrong}`);
  return lines;
}

async function scoreMerges(
  store: Store,
  expected: Expected,
  pack: StoryPack | null,
  label: string,
): Promise<string[]> {
  const report = await buildActorReport(store, pack);
  const actorsOf = (alias: string): Set<string> => {
    const ids = new Set<string>();
    for (const actor of report.actors) {
      if (actor.name === alias || actor.aliases.some((a) => a.text === alias)) ids.add(actor.id);
    }
    return ids;
  };
  const lines = [`seed merges (${label}):`];
  let groupsOk = 0;
  for (const group of expected.across_documents.one_entity) {
    const ids = new Set(group.flatMap((alias) => [...actorsOf(alias)]));
    const seen = group.filter((alias) => actorsOf(alias).size > 0);
    const ok = ids.size === 1;
    groupsOk += ok ? 1 : 0;
    if (!ok)
      lines.push(
        `  one_entity NOT one actor: ${group.join(' / ')} → ${ids.size} actors (seen: ${seen.join(', ')})`,
      );
  }
  let pairsOk = 0;
  for (const [a, b] of expected.across_documents.not_one_entity) {
    const shared = [...actorsOf(a!)].filter((id) => actorsOf(b!).has(id));
    const ok = shared.length === 0;
    pairsOk += ok ? 1 : 0;
    if (!ok) lines.push(`  not_one_entity MERGED: ${a} + ${b}`);
  }
  lines.push(
    `  one_entity groups that are one actor: ${groupsOk}/${expected.across_documents.one_entity.length}`,
  );
  lines.push(
    `  not_one_entity pairs kept apart: ${pairsOk}/${expected.across_documents.not_one_entity.length}`,
  );
  for (const want of expected.across_documents.contradictions) {
    const name = want.about.replace(/'s role$/, '');
    const found = report.contradictions.find((c) => foldName(c.about).startsWith(foldName(name)));
    const sides = found
      ? found.claims.map((claim) => `"${claim.value}" (${claim.evidence.length} cited)`).join(' vs ')
      : '';
    const bothSides = found
      ? found.claims.length >= 2 && found.claims.every((c) => c.evidence.length > 0 || c.basis === 'pack')
      : false;
    lines.push(
      `  contradiction ${want.about}: ${found ? `found, ${bothSides ? 'both sides cited' : 'ONE SIDE ONLY'}: ${sides}` : 'NOT FOUND'}`,
    );
  }
  const extra = report.contradictions.filter(
    (c) =>
      !expected.across_documents.contradictions.some((w) =>
        foldName(c.about).startsWith(foldName(w.about.replace(/'s role$/, ''))),
      ),
  );
  lines.push(
    `  other contradictions reported: ${extra.length}${extra.length ? ` (${extra.map((c) => c.about).join('; ')})` : ''}`,
  );
  return lines;
}

/** The dates issue #4 names: "February 18", "February 25, 2025" and Lavrov's "tomorrow" in seed 000. */
async function scoreNamedDates(store: Store, label: string): Promise<string[]> {
  const doc = [...(await docsByFile(store)).entries()].find(([file]) => file.startsWith('000_'))?.[1];
  if (!doc) return [];
  const valueOf = (words: string): string =>
    doc.layers.times?.find((t) => doc.text.slice(t.span.start, t.span.end) === words)?.value ?? 'not found';
  return [
    `seed 000 dates (${label}): "February 18" → ${valueOf('February 18')} (want 2025-02-18); ` +
      `"February 25, 2025" → ${valueOf('February 25, 2025')} (want 2025-02-25); ` +
      `Lavrov's "tomorrow" → ${valueOf('tomorrow')} (want 2025-02-27..2025-02-28)`,
  ];
}
