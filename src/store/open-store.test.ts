import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParleyError } from '../model/index.js';
import { openStore } from './open-store.js';
import { makeTestDocument, TEST_TEXTS } from './test-documents.js';

describe('openStore', () => {
  it.each([
    ['postgres://parley@db.example/parley', 'PostgreSQL backend arrives with issue #9'],
    ['postgresql://db.example/parley', 'PostgreSQL backend arrives with issue #9'],
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
});
