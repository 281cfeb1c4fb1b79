// npm run bench (third part): what the corpus steps cost when one article is added to a full store. Fills a
// SQLite store with BENCH_CORPUS_ARTICLES (default 10,000) generated articles through the real ingest
// path, then adds BENCH_CORPUS_ADDED (default 20) more one at a time and times each corpus step: actors,
// near-duplicates, learned anchors and re-dating, event merging; then the API's latency on that store
// (api-latency.ts). Prints numbers; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import { resolveDocumentActors } from '../../src/service/corpus-service.js';
import { learnAndRedate } from '../../src/service/corpus-dating.js';
import { indexDuplicates } from '../../src/service/duplicate-service.js';
import { mergeDocumentEvents } from '../../src/service/event-service.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { processDocument } from '../../src/service/process-document.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { measureApiLatency } from './api-latency.js';
import { generateCorpus } from './generate-corpus.js';

const size = Number(process.env.BENCH_CORPUS_ARTICLES ?? 10_000);
const added = Number(process.env.BENCH_CORPUS_ADDED ?? 20);
const work = mkdtempSync(join(tmpdir(), 'parley-corpus-bench-'));
const pack = resolvePack('ukraine-peace-talks');

try {
  const files = generateCorpus('test/fixtures/articles', join(work, 'corpus'), size);
  const extra = generateCorpus('test/fixtures/articles', join(work, 'extra'), added, 99);
  const store = await openSqliteStore(join(work, 'corpus.db'));
  const fillStart = performance.now();
  const summary = await ingestInputs(store, [join(work, 'corpus')], { pack });
  const fillSeconds = (performance.now() - fillStart) / 1000;
  console.log(
    `\ncorpus steps after adding one article to a store of ${summary.ingested} articles (${files.length} generated; filled through ingest in ${fillSeconds.toFixed(0)} s, ${(summary.ingested / fillSeconds).toFixed(0)} articles/s):`,
  );
  const pipeline = defaultPipeline();
  const steps: Record<string, number[]> = { store: [], actors: [], duplicates: [], dating: [], events: [] };
  const timed = async (step: string, run: () => Promise<unknown>): Promise<void> => {
    const start = performance.now();
    await run();
    steps[step]!.push(performance.now() - start);
  };
  let anchors = (await store.listAnchors()).length;
  for (const file of extra) {
    const raw = (await readInput(file, {})).docs[0]!;
    const doc = processDocument(pipeline, buildDocument(raw), { pack });
    await timed('store', () => store.putDocuments([doc]));
    await timed('actors', () => resolveDocumentActors(store, [doc]));
    await timed('duplicates', () => indexDuplicates(store, [doc]));
    await timed('dating', () => learnAndRedate(store, [doc], { pipeline, pack }));
    await timed('events', () => mergeDocumentEvents(store, [doc]));
  }
  anchors = (await store.listAnchors()).length - anchors;
  const totals = extra.map((_, i) => Object.values(steps).reduce((sum, times) => sum + (times[i] ?? 0), 0));
  for (const [step, times] of [...Object.entries(steps), ['all corpus steps', totals] as const]) {
    const sorted = [...times].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
    console.log(
      `  ${step.padEnd(17)} mean ${mean.toFixed(1).padStart(7)} ms   max ${(sorted.at(-1) ?? 0).toFixed(1).padStart(7)} ms`,
    );
  }
  console.log(`  (${added} articles added one by one; ${anchors} anchors learned from them)`);
  await measureApiLatency(store, pack);
  await store.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
