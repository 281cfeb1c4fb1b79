import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePack } from '../packs/index.js';
import { ingestInputs } from '../service/ingest-service.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type { ApiOptions } from './app.js';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** A test API over a real SQLite file holding our two sample articles about one round of talks. */
export interface TestApi {
  app: OpenAPIHono;
  store: Store;
  documentIds: string[];
  /** GETs `path` in-process and returns the status and parsed JSON body. */
  get: (path: string) => Promise<{ status: number; body: unknown }>;
  cleanup: () => Promise<void>;
}

const FIXTURES = ['istanbul-rounds-announced', 'istanbul-rounds-held'];

/** Builds the store through the real ingest (pack ukraine-peace-talks) and the app over it. */
export async function openTestApi(options: Partial<ApiOptions> = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  const store = await openStore(join(dir, 'api.db'));
  const pack = resolvePack('ukraine-peace-talks');
  const summary = await ingestInputs(
    store,
    FIXTURES.map((slug) => `test/fixtures/articles/${slug}`),
    { pack },
  );
  if (summary.failures.length > 0)
    throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  const app = createApp({ store, pack, webUi: false, ...options });
  return {
    app,
    store,
    documentIds: summary.documentIds,
    get: async (path) => {
      const response = await app.request(path);
      return { status: response.status, body: await response.json() };
    },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
