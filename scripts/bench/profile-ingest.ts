// Profiling aid (not part of npm run bench): ingests BENCH_ARTICLES generated articles through the real
// `parley ingest` path in one process, so `node --cpu-prof --import tsx scripts/bench/profile-ingest.ts`
// writes a CPU profile of the whole ingest. Prints articles per second; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openStore } from '../../src/store/open-store.js';
import { generateCorpus } from './generate-corpus.js';

const count = Number(process.env.BENCH_ARTICLES ?? 2_000);
const workers = Number(process.env.BENCH_WORKERS ?? 1);
const work = mkdtempSync(join(tmpdir(), 'parley-profile-'));
try {
  generateCorpus('test/fixtures/articles', join(work, 'corpus'), count);
  const store = await openStore(join(work, 'profile.db'));
  const start = performance.now();
  const cpu = process.cpuUsage();
  const summary = await ingestInputs(store, [join(work, 'corpus')], { workers });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / summary.ingested;
  await store.close();
  console.log(
    `${summary.ingested} articles in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(0)} articles/s (workers ${workers}); CPU ${cpuMs.toFixed(2)} ms/article (this process, all threads)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
