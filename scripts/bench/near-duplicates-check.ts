// npm run bench (near-duplicates): generates NEAR_DUP_ARTICLES (default 10,000) seeded articles with planted
// syndicated copies, light rewrites and same-topic pairs, ingests them through the CLI's path
// (`ingestInputs`) into a temporary SQLite store, and compares the stored duplicate links with what was
// planted. Prints the counts; exits 1 when a planted pair is missed or anything else is linked.
// By default it skips extraction (read, clean, store, then indexDuplicates); NEAR_DUP_FULL=1 runs the whole
// ingest path (about 20 minutes for 10,000 articles on two cores).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bandKeys, signature, similarity } from '../../src/corpus/minhash.js';
import type { DuplicateLink } from '../../src/model/index.js';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput, walkInputs } from '../../src/ingest/readers/index.js';
import { indexDuplicates } from '../../src/service/duplicate-service.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { generateNearDuplicateCorpus } from './near-duplicates-corpus.js';
import type { GeneratedArticle, PlantedPair } from './near-duplicates-corpus.js';

const count = Number(process.env.NEAR_DUP_ARTICLES ?? 10_000);
const fast = process.env.NEAR_DUP_FULL !== '1';
const PER_FILE = 250;

/**
 * The default (no NEAR_DUP_FULL): read, clean and store, then the near-duplicate step, in the ingest's batches of 64,
 * skipping extraction and the other corpus steps (seconds instead of minutes). Returns how many were stored.
 */
async function ingestFast(store: Store, dir: string): Promise<number> {
  let stored = 0;
  for (const file of await walkInputs([dir])) {
    const docs = (await readInput(file, {})).docs.map((raw) => buildDocument(raw));
    for (let i = 0; i < docs.length; i += 64) {
      const batch = docs.slice(i, i + 64);
      stored += (await store.putDocuments(batch)).filter((r) => r.status === 'inserted').length;
      await indexDuplicates(store, batch);
    }
  }
  return stored;
}

/** Writes the articles, in their ingest order, as JSON Lines files; returns where each article went. */
function writeCorpus(dir: string, articles: readonly GeneratedArticle[]): Map<string, number> {
  mkdirSync(dir, { recursive: true });
  const where = new Map<string, number>();
  for (let start = 0; start < articles.length; start += PER_FILE) {
    const file = join(dir, `part-${String(start / PER_FILE).padStart(3, '0')}.jsonl`);
    const lines = articles.slice(start, start + PER_FILE).map((article, i) => {
      where.set(`${file}:${i + 1}`, article.key);
      const { title, source, published, paragraphs } = article;
      const url = `https://news.example.test/article/${article.key}`;
      return JSON.stringify({ url, title, source, published, text: paragraphs.join('\n\n') });
    });
    writeFileSync(file, `${lines.join('\n')}\n`);
  }
  return where;
}

/** The generated article behind each stored document, from the file and line it was read from. */
async function keysOfDocuments(store: Store, where: Map<string, number>): Promise<Map<string, number>> {
  const keys = new Map<string, number>();
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listDocuments({ limit: 1000, offset });
    for (const doc of page) {
      const location = doc.firstLocation;
      const key = location ? where.get(`${location.ref}:${location.line ?? 0}`) : undefined;
      if (key !== undefined) keys.set(doc.id, key);
    }
    if (page.length < 1000) return keys;
  }
}

/** Compares the links with the planted pairs and prints the report lines; returns whether all is right. */
function report(
  links: readonly DuplicateLink[],
  keys: Map<string, number>,
  planted: readonly PlantedPair[],
): boolean {
  const pairKey = (a: number, b: number): string => `${Math.min(a, b)}-${Math.max(a, b)}`;
  const plantedBy = new Map(planted.map((pair) => [pairKey(pair.original, pair.copy), pair]));
  const found = new Map<PlantedPair, { link: DuplicateLink; doc: number }>();
  const falseLinks: string[] = [];
  const flaggedSameTopic = new Set<PlantedPair>();
  for (const link of links) {
    const doc = keys.get(link.doc) ?? -1;
    const of = keys.get(link.of) ?? -1;
    const pair = plantedBy.get(pairKey(doc, of));
    if (pair && pair.kind !== 'same-topic') found.set(pair, { link, doc });
    else {
      if (pair) flaggedSameTopic.add(pair);
      falseLinks.push(`${doc} → ${of} (${link.kind}, ${link.similarity}${pair ? ', same topic' : ''})`);
    }
  }
  const line = (kind: PlantedPair['kind'], expected: DuplicateLink['kind']): string => {
    const pairs = planted.filter((pair) => pair.kind === kind);
    const hits = pairs.filter((pair) => found.has(pair));
    const right = hits.filter((pair) => found.get(pair)!.link.kind === expected).length;
    const sims = hits.map((pair) => found.get(pair)!.link.similarity);
    const range = sims.length > 0 ? `, similarity ${Math.min(...sims)}–${Math.max(...sims)}` : '';
    return `${hits.length}/${pairs.length} (kind right ${right}${range})`;
  };
  const direction = [...found].filter(([pair, hit]) => hit.doc === pair.copy).length;
  const sameTopic = planted.filter((pair) => pair.kind === 'same-topic');
  console.log(`  planted syndicated found: ${line('syndicated', 'syndicated')}`);
  console.log(`  planted rewrites found:   ${line('rewrite', 'near-duplicate')}`);
  console.log(`  direction right (copy → original): ${direction}/${found.size}`);
  console.log(`  false links: ${falseLinks.length}${falseLinks.length > 0 ? ' (first 10 below)' : ''}`);
  for (const text of falseLinks.slice(0, 10)) console.log(`    ${text}`);
  console.log(`  same-topic pairs wrongly flagged: ${flaggedSameTopic.size}/${sameTopic.length}`);
  const missed = planted.filter((pair) => pair.kind !== 'same-topic' && !found.has(pair)).length;
  return missed === 0 && falseLinks.length === 0 && direction === found.size;
}

/**
 * The margins around the threshold, from the generated text (before cleaning): the similarity of the
 * same-topic pairs, and the most similar pair sharing an LSH band that was not planted as a copy.
 */
function margins(articles: readonly GeneratedArticle[], planted: readonly PlantedPair[]): string[] {
  const sigs = new Map(articles.map((a) => [a.key, signature([a.title, ...a.paragraphs].join('\n\n'))]));
  const sim = (a: number, b: number): number => similarity(sigs.get(a)!, sigs.get(b)!);
  const copies = new Set(
    planted.filter((p) => p.kind !== 'same-topic').map((p) => `${p.original}-${p.copy}`),
  );
  const buckets = new Map<string, number[]>();
  for (const [key, sig] of sigs) {
    for (const band of bandKeys(sig)) buckets.set(band, [...(buckets.get(band) ?? []), key]);
  }
  let top = { score: 0, pair: '' };
  for (const keys of buckets.values()) {
    for (const [i, a] of keys.entries()) {
      for (const b of keys.slice(i + 1)) {
        const pair = `${Math.min(a, b)}-${Math.max(a, b)}`;
        if (!copies.has(pair) && sim(a, b) > top.score) top = { score: sim(a, b), pair };
      }
    }
  }
  const same = planted.filter((p) => p.kind === 'same-topic').map((p) => sim(p.original, p.copy));
  return [
    `same-topic pairs' similarity ${Math.min(...same).toFixed(3)}–${Math.max(...same).toFixed(3)}`,
    `most similar unplanted pair sharing a band ${top.score.toFixed(3)} (${top.pair})`,
  ];
}

const work = mkdtempSync(join(tmpdir(), 'parley-near-dups-'));
try {
  const start = performance.now();
  const corpus = generateNearDuplicateCorpus(count);
  const where = writeCorpus(join(work, 'corpus'), corpus.articles);
  const store = await openSqliteStore(join(work, 'store.db'));
  const dir = join(work, 'corpus');
  const summary = fast
    ? { ingested: await ingestFast(store, dir), failures: [] }
    : await ingestInputs(store, [dir], {});
  const keys = await keysOfDocuments(store, where);
  const links = await store.listDuplicates();
  await store.close();
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `\nnear-duplicate check: ${corpus.articles.length} generated articles, ${summary.ingested} ingested, ` +
      `${summary.failures.length} failures, ${links.length} links`,
  );
  const ok = report(links, keys, corpus.planted);
  console.log(`  margins: ${margins(corpus.articles, corpus.planted).join('; ')}`);
  const path = fast ? 'read, clean, store and the near-duplicate step only' : 'the full pipeline';
  console.log(`  ${seconds.toFixed(1)} s (generate, ingest through ${path}, compare)`);
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
