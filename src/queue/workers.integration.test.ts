import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.js';
import { ingestInputs } from '../service/ingest-service.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { adminQuery, probeTestPostgres, schemaUrl } from '../store/postgres/test-postgres-fixture.js';
import { copyPairs, projectCorpus } from './corpus-projection.js';
import { startParley } from './test-parley-process.js';
import type { ParleyProcess } from './test-parley-process.js';

const server = await probeTestPostgres();
const FIXTURES = new URL('../../test/fixtures/articles', import.meta.url).pathname;
const ARTICLES = 500;
/** test/fixtures/articles: 15 article files, 19 articles (one feed repeats an item); meta.json is not read. */
const SAMPLE_FILES = 15;
const SAMPLE_ARTICLES = 19;
/** A dead worker's jobs run again after this; short so the test waits seconds, not the default minutes. */
const QUEUE_ENV = { PARLEY_QUEUE_EXPIRE_SECONDS: '6', PARLEY_QUEUE_SUPERVISE_SECONDS: '1' };

/**
 * The input: 500 generated articles, 40 exact copies under other names (same content hash, so each must
 * be stored once), 20 light rewrites (a new first line), which the near-duplicate step must link, and the
 * sample articles.
 */
function writeInput(dir: string): { files: number; rewrites: Array<[string, string]> } {
  // The recombined corpus: whole sample paragraphs, so every name is spelt as in the samples. The varied
  // one swaps names ("Arab Zelensky"), and which actor an ambiguous name joins then depends on arrival order
  // (see corpus-projection.ts), so the two runs' actor groups could not be compared.
  const files = generateCorpus(FIXTURES, dir, ARTICLES, 11, 'recombined');
  for (let i = 0; i < 40; i++) copyFileSync(files[i * 12]!, join(dir, `copy-${i}.txt`));
  const rewrites: Array<[string, string]> = [];
  for (let i = 0; i < 20; i++) {
    const source = files[i * 24 + 5]!;
    const text = readFileSync(source, 'utf8').replace(/^[^\n]*/, `Rewritten report ${i} on the talks`);
    writeFileSync(join(dir, `rewrite-${i}.txt`), text);
    rewrites.push([join(dir, `rewrite-${i}.txt`), source]);
  }
  // The sample articles too: dated, with the events the corpus learns anchors from, so dating runs.
  cpSync(FIXTURES, join(dir, 'samples'), { recursive: true });
  return { files: ARTICLES + 40 + 20 + SAMPLE_FILES, rewrites };
}

/** The rewrite/source pairs as `a~b` document-id pairs, found through the files the documents came from. */
async function designedPairs(store: Store, rewrites: Array<[string, string]>): Promise<string[]> {
  const idOf = new Map<string, string>();
  for await (const doc of store.exportAll())
    for (const location of doc.locations) idOf.set(location.ref, doc.id);
  return rewrites.map(([a, b]) => [idOf.get(a), idOf.get(b)].sort().join('~'));
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(!server.available)(
  `parley worker processes on PostgreSQL${server.reason ? ` (skipped: ${server.reason})` : ''}`,
  () => {
    const schema = `parley_test_workers_${process.pid}`;
    const url = schemaUrl(schema);
    let dir = '';
    let files = 0;
    let rewrites: Array<[string, string]> = [];
    const workers: ParleyProcess[] = [];
    const rows = async (query: string) => (await adminQuery(query)).rows as Array<Record<string, unknown>>;
    const jobStates = async () =>
      Object.fromEntries(
        (await rows(`select state, count(*)::int as n from ${schema}_queue.job group by state`)).map((r) => [
          r.state,
          r.n,
        ]),
      ) as Record<string, number>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'parley-workers-'));
      ({ files, rewrites } = writeInput(dir));
      await adminQuery(
        `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`,
      );
    });
    afterAll(async () => {
      for (const worker of workers) worker.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      await adminQuery(
        `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`,
      );
    });

    it(
      'stores each article once, loses no job to a SIGKILL, and builds the record one SQLite process builds',
      { timeout: 150_000 },
      async () => {
        const enqueue = startParley(['ingest', '--queue', '--quiet', '--db', url, dir], QUEUE_ENV);
        expect(await enqueue.exited, enqueue.stderr()).toBe(0);
        expect(enqueue.stdout()).toContain(`${files} jobs queued`);

        const worker = () => startParley(['worker', '--db', url, '--concurrency', '2'], QUEUE_ENV);
        const [doomed, survivor] = [worker(), worker()];
        workers.push(doomed, survivor);
        await until(
          'the first worker to finish 40 jobs',
          async () => (doomed.stderr().match(/: ok /g) ?? []).length >= 40,
          60_000,
        );
        doomed.child.kill('SIGKILL');
        expect(await doomed.exited).toBe('SIGKILL');
        const replacement = worker();
        workers.push(replacement);
        await until(
          'the queue to drain',
          async () => {
            const states = await jobStates();
            return (states.created ?? 0) + (states.retry ?? 0) + (states.active ?? 0) === 0;
          },
          100_000,
        );
        for (const w of [survivor, replacement]) w.child.kill('SIGTERM');
        expect(await survivor.exited).toBe(0);
        expect(await replacement.exited).toBe(0);

        // No job lost: every job completed, none failed for good, and the killed worker's were run again.
        const states = await jobStates();
        expect(states).toEqual({ completed: files });
        const [retried] = await rows(
          `select count(*)::int as n from ${schema}_queue.job where retry_count > 0`,
        );
        expect(retried!.n).toBeGreaterThan(0);

        // Each article once by content hash, whole (layers, location, search row), its corpus steps run.
        const [docs] = await rows(
          `select count(*)::int as n, count(distinct content_hash)::int as hashes,
        count(*) filter (where not exists (select 1 from ${schema}.document_layers l where l.doc_id = d.id))::int as bare,
        count(*) filter (where not exists (select 1 from ${schema}.document_locations l where l.doc_id = d.id))::int as nowhere,
        count(*) filter (where not exists (select 1 from ${schema}.documents_search s where s.seq = d.seq))::int as unsearchable,
        count(*) filter (where not exists (select 1 from ${schema}.document_signatures s where s.doc_id = d.id))::int as unindexed
       from ${schema}.documents d`,
        );
        expect(docs).toEqual({
          n: ARTICLES + 20 + SAMPLE_ARTICLES,
          hashes: ARTICLES + 20 + SAMPLE_ARTICLES,
          bare: 0,
          nowhere: 0,
          unsearchable: 0,
          unindexed: 0,
        });

        // The sample articles taught the corpus dated events, so dating ran across workers too.
        const [anchors] = await rows(`select count(*)::int as n from ${schema}.corpus_anchors`);
        expect(anchors!.n).toBeGreaterThan(0);

        // The corpus record equals a single-process SQLite run over the same files, on its order-independent
        // facts (corpus-projection.ts); the order-dependent rest (event grouping, which copy points where) is
        // printed, and the designed rewrite/source pairs must be linked in both.
        const sqlite = await openStore(':memory:');
        const postgres = await openStore(url);
        try {
          await ingestInputs(sqlite, [dir]);
          const [single, parallel] = [await projectCorpus(sqlite), await projectCorpus(postgres)];
          expect(parallel.documents).toEqual(single.documents);
          expect(parallel.eventMentions.length).toBeGreaterThan(0);
          expect(parallel).toEqual(single);
          const designed = await designedPairs(postgres, rewrites);
          expect(designed.every((pair) => !pair.startsWith('~') && !pair.endsWith('~'))).toBe(true);
          const [singlePairs, parallelPairs] = [await copyPairs(sqlite), await copyPairs(postgres)];
          expect(singlePairs).toEqual(expect.arrayContaining(designed));
          expect(parallelPairs).toEqual(expect.arrayContaining(designed));
          const events = async (store: Store) =>
            new Set((await store.listEventRecords()).map((r) => r.eventId)).size;
          console.info(
            `order-dependent, not compared: ${await events(postgres)} merged events (SQLite ${await events(sqlite)}), ` +
              `${parallelPairs.length} duplicate links (SQLite ${singlePairs.length}, ` +
              `${parallelPairs.filter((p) => singlePairs.includes(p)).length} in both)`,
          );
        } finally {
          await sqlite.close();
          await postgres.close();
        }
      },
    );
  },
);
