// npm run bench: articles per second and peak memory of each ingest stage (read, clean, segment, store)
// and of the whole `ingestInputs` path, in this thread and with 2 extraction workers (`--workers 2`), on a
// generated corpus of BENCH_ARTICLES (default 10,000) articles made from the sample articles (BENCH_CORPUS,
// generate-corpus.ts: varied by default, or recombined).
// Prints numbers; asserts nothing.
// It times the compiled code under dist/, what `parley` runs (`npm run bench` builds it first):
// under tsx, the sources carry esbuild's name-keeping wrappers, which make closures in hot loops cost
// more than they do in the CLI, and each worker compiles the sources again. BENCH_SOURCE=src times the
// sources instead (no build needed).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Extractor, Pipeline } from '../../src/pipeline/index.js';
import type * as BuildDocumentModule from '../../src/ingest/build-document.js';
import type * as ReadersModule from '../../src/ingest/readers/index.js';
import type * as PipelineModule from '../../src/pipeline/index.js';
import type * as IngestServiceModule from '../../src/service/ingest-service.js';
import type * as OpenStoreModule from '../../src/store/open-store.js';
import type { Document, RawDocument } from '../../src/model/index.js';
import { corpusKindFromEnv, generateCorpus } from './generate-corpus.js';

const source = process.env.BENCH_SOURCE === 'src' ? 'src' : 'dist';
if (source === 'dist' && !existsSync(new URL('../../dist/service/ingest-service.js', import.meta.url))) {
  throw new Error('ingest-bench: dist/ is not built; run `npm run build` (or set BENCH_SOURCE=src)');
}
const from = (path: string): string => new URL(`../../${source}/${path}`, import.meta.url).href;
const { buildDocument } = (await import(from('ingest/build-document.js'))) as typeof BuildDocumentModule;
const { readInput } = (await import(from('ingest/readers/index.js'))) as typeof ReadersModule;
const { defaultPipeline, runPipeline } = (await import(from('pipeline/index.js'))) as typeof PipelineModule;
const { ingestInputs } = (await import(from('service/ingest-service.js'))) as typeof IngestServiceModule;
const { openStore } = (await import(from('store/open-store.js'))) as typeof OpenStoreModule;

const count = Number(process.env.BENCH_ARTICLES ?? 10_000);
const chunk = 500;
const work = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const stages: Record<string, number> = { read: 0, clean: 0 };
for (const extractor of defaultPipeline().extractors) stages[extractor.name] = 0;
stages.store = 0;
let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage.rss());
};

async function timed<T>(stage: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  stages[stage] = (stages[stage] ?? 0) + performance.now() - start;
  sample();
  return result;
}

async function stageByStage(files: string[]): Promise<void> {
  const store = await openStore(join(work, 'stages.db'));
  const pipeline = defaultPipeline();
  for (let i = 0; i < files.length; i += chunk) {
    const batch = files.slice(i, i + chunk);
    const raws: RawDocument[] = await timed('read', async () => {
      const out: RawDocument[] = [];
      for (const file of batch) out.push(...(await readInput(file, {})).docs);
      return out;
    });
    const built = await timed('clean', () => raws.map(buildDocument));
    let docs: Document[] = built;
    for (const extractor of pipeline.extractors) {
      const one = buildPipelineUnchecked(extractor);
      docs = await timed(extractor.name, () =>
        docs.map((d) => runPipeline(one, d, { referenceDate: d.published.value })),
      );
    }
    await timed('store', () => store.putDocuments(docs));
  }
  await store.close();
}

/** A one-extractor pipeline for timing; the full pipeline's order was already checked. */
function buildPipelineUnchecked(extractor: Extractor): Pipeline {
  return { extractors: [extractor] };
}

async function endToEnd(
  dir: string,
  workers = 1,
): Promise<{ seconds: number; peak: number; stored: number }> {
  const store = await openStore(join(work, `end-to-end-${workers}.db`));
  if (global.gc) global.gc();
  peak = 0;
  const start = performance.now();
  const summary = await ingestInputs(store, [dir], { onProgress: sample, workers });
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  return { seconds, peak, stored: summary.ingested };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (ms: number): string => `${(count / (ms / 1000)).toFixed(0).padStart(7)} articles/s`;

try {
  const corpus = join(work, 'corpus');
  const genStart = performance.now();
  const files = generateCorpus('test/fixtures/articles', corpus, count);
  console.log(
    `generated ${files.length} articles (${corpusKindFromEnv()} corpus, BENCH_CORPUS; timing ${source}/, BENCH_SOURCE) in ${((performance.now() - genStart) / 1000).toFixed(1)} s`,
  );
  await stageByStage(files);
  console.log(`\nstage by stage (${count} articles, batches of ${chunk}):`);
  for (const [stage, ms] of Object.entries(stages)) {
    console.log(`  ${stage.padEnd(8)} ${rate(ms)}   ${(ms / 1000).toFixed(1).padStart(6)} s`);
  }
  const extractorMs = defaultPipeline().extractors.reduce((sum, e) => sum + (stages[e.name] ?? 0), 0);
  console.log(
    `  pipeline, all extractors, one core: ${(count / (extractorMs / 1000)).toFixed(0)} articles/s`,
  );
  console.log(`  peak RSS ${mb(peak)}`);
  const e2e = await endToEnd(corpus);
  console.log(`\nparley ingest path (ingestInputs on the directory):`);
  const line = (run: typeof e2e): string =>
    `${(run.stored / run.seconds).toFixed(0)} articles/s, ${run.stored} stored in ${run.seconds.toFixed(1)} s, peak RSS ${mb(run.peak)}`;
  console.log(`  --workers 1: ${line(e2e)}`);
  console.log(`  --workers 2: ${line(await endToEnd(corpus, 2))}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
