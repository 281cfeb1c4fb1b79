// Profiling aid (not part of npm run bench): runs the extraction pipeline alone, in this thread, over
// BENCH_ARTICLES generated articles, so `node --cpu-prof --import tsx scripts/bench/profile-pipeline.ts`
// profiles the extractors without storage. Prints articles per second; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import { defaultPipeline, runPipeline } from '../../src/pipeline/index.js';
import type { Document } from '../../src/model/index.js';
import { generateCorpus } from './generate-corpus.js';

const count = Number(process.env.BENCH_ARTICLES ?? 1_000);
const work = mkdtempSync(join(tmpdir(), 'parley-profile-'));
try {
  const files = generateCorpus('test/fixtures/articles', join(work, 'corpus'), count);
  const docs: Document[] = [];
  for (const file of files) for (const raw of (await readInput(file, {})).docs) docs.push(buildDocument(raw));
  const pipeline = defaultPipeline();
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of docs) runPipeline(pipeline, doc, { referenceDate: doc.published.value });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    `${docs.length} articles in ${seconds.toFixed(1)} s: ${(docs.length / seconds).toFixed(0)} articles/s; CPU ${((used.user + used.system) / 1000 / docs.length).toFixed(2)} ms/article`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
