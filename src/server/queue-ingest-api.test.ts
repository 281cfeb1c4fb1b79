import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../pipeline/index.js';
import { openJobQueue } from '../queue/job-queue.js';
import type { JobQueue } from '../queue/job-queue.js';
import { queueSettings } from '../queue/queue-settings.js';
import { startWorker } from '../queue/run-worker.js';
import { adminQuery, probeTestPostgres, schemaUrl } from '../store/postgres/test-postgres-fixture.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type { IngestJob } from './ingest-jobs.js';

/**
 * `parley serve --queue` against the real PostgreSQL server: POST /api/ingest hands an upload to the job
 * queue, a worker (in this process, through the same startWorker as `parley worker`) ingests it, and the
 * API's job follows the queue job to `done`.
 */
const server = await probeTestPostgres();

const ARTICLE = `Envoys Agree to Meet Again in Vienna

VIENNA — Negotiators agreed on Thursday to hold a further round of technical talks on prisoner exchanges
in Vienna next month, the Austrian foreign ministry said in a statement.
`;

describe.skipIf(!server.available)(
  `POST /api/ingest with a job queue${server.reason ? ` (skipped: ${server.reason})` : ''}`,
  () => {
    const schema = `parley_test_api_queue_${randomBytes(4).toString('hex')}`;
    let store: Store;
    let queue: JobQueue;
    beforeAll(async () => {
      await adminQuery(`create schema ${schema}`);
      const url = schemaUrl(schema);
      store = await openStore(url);
      queue = await openJobQueue(queueSettings(url, {}), true);
      await startWorker(
        queue,
        { store, pipeline: defaultPipeline(), pack: null },
        { concurrency: 1, log: () => {} },
      );
    });
    afterAll(async () => {
      await queue?.stop(false);
      await store?.close();
      await adminQuery(`drop schema if exists ${schema} cascade`);
      await adminQuery(`drop schema if exists ${schema}_queue cascade`);
    });

    it('hands the upload to the workers and follows their job until the article is stored', async () => {
      const app = createApp({ store, pack: null, queue, webUi: false });
      const form = new FormData();
      form.append('file', new Blob([ARTICLE]), 'vienna.txt');
      const response = await app.request('/api/ingest', { method: 'POST', body: form });
      expect(response.status).toBe(202);
      const { id } = (await response.json()) as IngestJob;
      let job: IngestJob | null = null;
      for (let i = 0; i < 150 && job?.state !== 'done'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        job = (await (await app.request(`/api/jobs/${id}`)).json()) as IngestJob;
      }
      expect(job?.state).toBe('done');
      expect(job?.queued?.map((q) => [q.input, q.kind, q.state])).toEqual([
        ['vienna.txt', 'ingest-document', 'completed'],
      ]);
      expect(job?.failures).toEqual([]);
      expect(await store.countDocuments()).toBe(1);
      const [summary] = await store.listDocuments();
      const doc = await store.getDocument(summary!.id);
      expect(doc?.locations.map((l) => l.ref)).toEqual(['upload:vienna.txt']);
    });
  },
);
