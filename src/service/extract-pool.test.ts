import { describe, expect, it } from 'vitest';
import { buildDocument } from '../ingest/build-document.js';
import type { RawDocument } from '../model/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { createExtractPool, WorkerLostError } from './extract-pool.js';
import { processDocument } from './process-document.js';

const RAW: RawDocument = {
  raw: 'Envoys Meet in Riga\n\nThe envoys met in Riga on Monday. "We made progress," one said.\n',
  format: 'text',
  location: { kind: 'file', ref: 'riga.txt' },
  meta: {},
  signals: [],
  drop: [],
};

describe('createExtractPool', () => {
  it('returns what processDocument returns on the main thread, less the tokens, and fails over once closed', async () => {
    const pool = createExtractPool(1);
    const built = buildDocument(RAW);
    try {
      pool.setContext({ corpusAnchors: [] });
      const pooled = await pool.submit(built).result;
      const here = processDocument(defaultPipeline(), built, { corpusAnchors: [] });
      expect(here.layers.tokens?.length).toBeGreaterThan(0);
      expect(pooled.layers).not.toHaveProperty('tokens');
      expect(pooled.producers).not.toHaveProperty('tokens');
      const { tokens: _tokens, ...layers } = here.layers;
      const { tokens: _producer, ...producers } = here.producers;
      expect(JSON.stringify(pooled)).toBe(JSON.stringify({ ...here, layers, producers }));
    } finally {
      await pool.close();
    }
    await expect(pool.submit(built).result).rejects.toBeInstanceOf(WorkerLostError);
  }, 30_000);

  it('says when a worker has started, and counts the jobs the workers answered', async () => {
    const pool = createExtractPool(1);
    try {
      expect(pool.ready()).toBe(false);
      await pool.started();
      expect(pool.ready()).toBe(true);
      pool.setContext({});
      await pool.submit(buildDocument(RAW)).result;
      expect(pool.answered).toBe(1);
    } finally {
      await pool.close();
    }
    expect(pool.ready()).toBe(false);
  }, 30_000);
});
