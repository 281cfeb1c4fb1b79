import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestDocument } from '../test-documents.js';
import { openSqliteStore, SqliteStore } from './sqlite-store.js';
import type { CheckpointResult } from './background-checkpoint.js';
import { startCheckpointer, WRITER_CHECKPOINT_PAGES } from './background-checkpoint.js';
import { testSqliteFixture } from './test-sqlite-fixture.js';
import type { SqliteFixture } from './test-sqlite-fixture.js';

/** Documents of distinct texts, long enough to fill WAL pages. */
function documents(count: number, from = 0) {
  return Array.from({ length: count }, (_, i) =>
    makeTestDocument(
      `Round ${from + i} of the harbour talks\n${'The envoys met again. '.repeat(200)}${from + i}`,
    ),
  );
}

/** The fixture's store, which `openStore` opened as a SQLite store. */
function sqliteStore(fixture: SqliteFixture): SqliteStore {
  if (!(fixture.store instanceof SqliteStore)) throw new Error('the fixture did not open a SQLite store');
  return fixture.store;
}

/** The next checkpoint the store's background thread reports. */
function nextCheckpoint(store: SqliteStore): Promise<CheckpointResult> {
  return new Promise((resolve) => store.checkpointer!.onCheckpoint(resolve));
}

describe('the background checkpointer', () => {
  let fixture: SqliteFixture;
  beforeEach(async () => {
    fixture = await testSqliteFixture();
  });
  afterEach(async () => {
    await fixture.cleanup();
  });

  it('is not started by single writes or reads', async () => {
    await fixture.store.putDocument(documents(1)[0]!);
    await fixture.store.listDocuments();
    expect(sqliteStore(fixture).checkpointer).toBeNull();
  });

  it('starts with the first batch, copies the WAL while the writer goes on, and stops on close', async () => {
    const store = sqliteStore(fixture);
    await store.putDocuments(documents(20));
    expect(store.checkpointer).not.toBeNull();
    const first = await nextCheckpoint(store);
    expect(first.log).toBeGreaterThan(0);
    expect(first.checkpointed).toBe(first.log);
    const again = nextCheckpoint(store);
    await store.putDocuments(documents(20, 20));
    expect((await again).checkpointed).toBeGreaterThan(0);
    expect(await store.countDocuments()).toBe(40);
    await store.close();
    expect(existsSync(`${fixture.file}-wal`)).toBe(false);
    const reopened = await openSqliteStore(fixture.file);
    try {
      expect(await reopened.countDocuments()).toBe(40);
    } finally {
      await reopened.close();
    }
  }, 30_000);

  it('sets the writing connection to checkpoint only past its safety net, and back when it stops', async () => {
    await fixture.store.putDocument(documents(1)[0]!);
    const writer = new Database(fixture.file);
    try {
      expect(writer.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      const checkpointer = startCheckpointer(writer, fixture.file);
      expect(writer.pragma('wal_autocheckpoint', { simple: true })).toBe(WRITER_CHECKPOINT_PAGES);
      await checkpointer.stop();
      expect(writer.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    } finally {
      writer.close();
    }
  });
});
