// Throughput into PostgreSQL through the job queue (issue #9): enqueues BENCH_QUEUE_ARTICLES (default 500)
// generated articles with `parley ingest --queue` into 1 and then 2 running `parley worker` processes,
// each time on a fresh schema, and prints articles per second from the start of enqueuing until the queue
// is empty (worker start-up excluded). A single-process `ingestInputs` into PostgreSQL is printed beside them. Needs the
// server at PARLEY_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test). Asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startParley } from '../../src/queue/test-parley-process.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openStore } from '../../src/store/open-store.js';
import { adminQuery, probeTestPostgres, schemaUrl } from '../../src/store/postgres/test-postgres-fixture.js';
import { generateCorpus } from './generate-corpus.js';

const size = Number(process.env.BENCH_QUEUE_ARTICLES ?? 500);
const work = mkdtempSync(join(tmpdir(), 'parley-queue-bench-'));
const schema = `parley_bench_queue_${process.pid}`;
const dropSchemas = () =>
  adminQuery(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`);

async function drained(): Promise<void> {
  for (;;) {
    const { rows } = await adminQuery(
      `select count(*)::int as n from ${schema}_queue.job where state in ('created', 'retry', 'active')`,
    );
    if ((rows[0] as { n: number }).n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the workers on an empty queue, waits until each is taking jobs, then enqueues and times the drain. */
async function throughput(workers: number, dir: string): Promise<void> {
  await dropSchemas();
  const url = schemaUrl(schema);
  const running = Array.from({ length: workers }, () => startParley(['worker', '--db', url]));
  const ready = Promise.all(
    running.map(async (worker) => {
      while (!worker.stderr().includes('taking jobs'))
        await new Promise((resolve) => setTimeout(resolve, 100));
    }),
  );
  const died = Promise.race(running.map((worker) => worker.exited)).then(() => {
    throw new Error(`a worker exited before taking jobs: ${running.map((w) => w.stderr()).join('\n')}`);
  });
  await Promise.race([ready, died]);
  const start = performance.now();
  const enqueue = startParley(['ingest', '--queue', '--quiet', '--db', url, dir]);
  if ((await enqueue.exited) !== 0) throw new Error(`enqueue failed: ${enqueue.stderr()}`);
  const enqueued = (performance.now() - start) / 1000;
  await drained();
  const seconds = (performance.now() - start) / 1000;
  for (const worker of running) worker.child.kill('SIGTERM');
  await Promise.all(running.map((worker) => worker.exited));
  const { rows } = await adminQuery(`select count(*)::int as n from ${schema}.documents`);
  const stored = (rows[0] as { n: number }).n;
  console.log(
    `  ${workers} worker process${workers === 1 ? '' : 'es'}: ${stored} articles in ${seconds.toFixed(1)} s, ` +
      `${(stored / seconds).toFixed(0)} articles/s (from the start of enqueuing, which took ${enqueued.toFixed(1)} s, to an empty queue)`,
  );
}

try {
  const server = await probeTestPostgres();
  if (!server.available) {
    console.log(`\nqueue bench skipped: ${server.reason}`);
  } else {
    const dir = join(work, 'corpus');
    generateCorpus('test/fixtures/articles', dir, size);
    console.log(
      `\nthroughput into PostgreSQL through the job queue, ${size} generated articles, one job each:`,
    );
    for (const workers of [1, 2]) await throughput(workers, dir);
    await dropSchemas();
    const store = await openStore(schemaUrl(schema));
    const start = performance.now();
    const summary = await ingestInputs(store, [dir]);
    const seconds = (performance.now() - start) / 1000;
    await store.close();
    console.log(
      `  no queue, one process (ingestInputs): ${summary.ingested} articles in ${seconds.toFixed(1)} s, ` +
        `${(summary.ingested / seconds).toFixed(0)} articles/s`,
    );
  }
} finally {
  await dropSchemas().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}
