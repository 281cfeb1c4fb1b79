import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParleyError } from '../model/index.js';
import { openStore } from './open-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { probeTestPostgres, testPostgresFixture } from './postgres/test-postgres-fixture.js';
import { makeTestDocument, TEST_TEXTS } from './test-documents.js';

const server = await probeTestPostgres();

describe('openStore', () => {
  it.each([
    ['postgres://parley@db.example/parley?schema=a;drop', 'schema "a;drop" is not a plain identifier'],
    ['postgresql://db.example/parley?schema=1st', 'schema "1st" is not a plain identifier'],
    ['mysql://user:secret@db.example/parley', 'unsupported store url mysql://…@db.example/parley'],
    ['  ', 'no store given'],
  ])('refuses %j with E_USAGE', async (target, message) => {
    const failure = await openStore(target).catch((error: unknown) => error);
    expect(isParleyError(failure, 'E_USAGE')).toBe(true);
    expect((failure as Error).message).toBe(message);
  });

  it('opens a SQLite file for a path and a throwaway store for :memory:', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'parley-open-'));
    try {
      for (const target of [join(directory, 'parley.db'), ':memory:']) {
        const store = await openStore(target);
        const doc = makeTestDocument(TEST_TEXTS.energy);
        expect(await store.putDocument(doc)).toEqual({ id: doc.id, status: 'inserted' });
        await store.close();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it.skipIf(!server.available)('opens PostgreSQL for a postgres:// url, in the schema it names', async () => {
    const fixture = await testPostgresFixture();
    try {
      expect(fixture.store).toBeInstanceOf(PostgresStore);
      const doc = makeTestDocument(TEST_TEXTS.energy);
      expect(await fixture.store.putDocument(doc)).toEqual({ id: doc.id, status: 'inserted' });
      const again = await openStore(fixture.url.replace(/^postgres:/, 'postgresql:'));
      expect(await again.findByContentHash(doc.contentHash)).toBe(doc.id);
      await again.close();
    } finally {
      await fixture.cleanup();
    }
  });

  it('fails with E_STORE when no PostgreSQL server answers', async () => {
    const failure = await openStore('postgres://postgres@127.0.0.1:1/test').catch((error: unknown) => error);
    expect(isParleyError(failure, 'E_STORE'), String(failure)).toBe(true);
  });
});
