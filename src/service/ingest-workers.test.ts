import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.js';
import type { StoryPack } from '../model/index.js';
import { resolvePack } from '../packs/resolve-pack.js';
import { openStore } from '../store/open-store.js';
import { buildExport } from './export-service.js';
import { createExtractPool } from './extract-pool.js';
import { ingestInputs } from './ingest-service.js';

const FIXTURES = 'test/fixtures/articles';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-workers-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Ingests `inputs` into a fresh SQLite file, in this thread or with a pool of `workers` threads that has
 * started first (so the workers, not this thread, extract); returns the summary, the export, and how many
 * articles the workers extracted.
 */
async function ingestWith(workers: number, inputs: string[], name: string, pack: StoryPack | null = null) {
  const store = await openStore(join(dir, `${name}-${workers}.db`));
  const pool = workers > 1 ? createExtractPool(workers) : undefined;
  try {
    await pool?.started();
    const summary = await ingestInputs(store, inputs, { pack, ...(pool ? { pool } : {}) });
    const record = await buildExport(store, '2026-01-01T00:00:00.000Z', pack);
    return { summary, record, extracted: pool?.answered ?? 0 };
  } finally {
    await pool?.close();
    await store.close();
  }
}

describe('ingestInputs with worker threads', () => {
  it('stores the sample articles exactly as one thread does', async () => {
    const one = await ingestWith(1, [FIXTURES], 'samples');
    const two = await ingestWith(2, [FIXTURES], 'samples');
    expect(one.summary.ingested).toBeGreaterThan(10);
    expect(two.extracted).toBeGreaterThanOrEqual(two.summary.ingested);
    expect(two.summary).toEqual(one.summary);
    expect(JSON.stringify(two.record)).toBe(JSON.stringify(one.record));
  }, 60_000);

  it('keeps the result across several stored batches, with a pack whose anchors date articles', async () => {
    const corpus = join(dir, 'generated');
    generateCorpus(FIXTURES, corpus, 150);
    const pack = resolvePack('ukraine-peace-talks');
    const one = await ingestWith(1, [FIXTURES, corpus], 'generated', pack);
    const two = await ingestWith(2, [FIXTURES, corpus], 'generated', pack);
    expect(one.summary.ingested).toBeGreaterThan(140);
    expect(two.extracted).toBeGreaterThanOrEqual(two.summary.ingested);
    expect(two.summary).toEqual(one.summary);
    expect(JSON.stringify(two.record)).toBe(JSON.stringify(one.record));
  }, 120_000);
});
