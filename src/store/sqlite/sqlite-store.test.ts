import Database from 'better-sqlite3';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { Location } from '../../model/index.js';
import { describeStoreContract } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument } from '../test-documents.js';
import { openSqliteStore } from './sqlite-store.js';
import { testSqliteFixture } from './test-sqlite-fixture.js';
import type { SqliteFixture } from './test-sqlite-fixture.js';

describeStoreContract('SQLite file', testSqliteFixture);

describe('SqliteStore on disk', () => {
  let fixture: SqliteFixture;
  const inspect = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(fixture.file);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    fixture = await testSqliteFixture();
  });
  afterEach(async () => {
    await fixture.cleanup();
  });

  it('opens an up-to-date store while another process holds the write lock', async () => {
    await fixture.store.putDocument(makeTestDocument(TEST_TEXTS.energy));
    const writer = new Database(fixture.file);
    writer.exec('BEGIN IMMEDIATE');
    try {
      // Before, opening took the write lock once per migration and failed with SQLITE_BUSY after 5 s.
      const reader = await openSqliteStore(fixture.file);
      try {
        expect(await reader.countDocuments()).toBe(1);
      } finally {
        await reader.close();
      }
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('records each migration once in schema_migrations and uses WAL', async () => {
    await fixture.reopen();
    await fixture.reopen();
    const rows = inspect((db) =>
      db.prepare('select version, name from schema_migrations order by version').all(),
    );
    expect(rows).toEqual([
      { version: 1, name: 'documents' },
      { version: 2, name: 'full-text-search' },
      { version: 3, name: 'actors' },
      { version: 4, name: 'published-detail' },
      { version: 5, name: 'corpus-anchors' },
      { version: 6, name: 'near-duplicates' },
      { version: 7, name: 'event-records' },
      { version: 8, name: 'feeds' },
      { version: 9, name: 'decisions' },
      { version: 10, name: 'document-versions' },
    ]);
    expect(inspect((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('writes one row per persisted layer with its producer, and none for tokens', async () => {
    const doc = makeRichDocument();
    await fixture.store.putDocument(doc);
    const rows = inspect((db) =>
      db.prepare('select layer, producer from document_layers order by layer').all(),
    );
    expect(rows).toEqual([
      { layer: 'entities', producer: 'mentions.lexicon@1' },
      { layer: 'mentions', producer: 'mentions.lexicon@1' },
      { layer: 'paragraphs', producer: 'segment.paragraphs@1' },
      { layer: 'sentences', producer: 'segment.sentences@2' },
      { layer: 'times', producer: 'times.chrono@1' },
    ]);
  });

  it('keeps the full-text index in step with the documents after failed writes', async () => {
    await fixture.store.putDocument(makeTestDocument(TEST_TEXTS.energy));
    const bad = { kind: 'ftp', ref: 'x' } as unknown as Location;
    await fixture.store
      .putDocument(makeTestDocument(TEST_TEXTS.prisoners, { locations: [bad] }))
      .catch(() => null);
    inspect((db) => db.exec(`insert into documents_fts (documents_fts) values ('integrity-check')`));
    expect(inspect((db) => db.prepare('select count(*) as n from documents_fts').get())).toEqual({ n: 1 });
  });

  it('leaves no trace of a document when the process is killed in the middle of writing it', async () => {
    const { execFile } = await import('node:child_process');
    const script = [
      `import { openSqliteStore } from './src/store/sqlite/sqlite-store.ts';`,
      `import { makeTestDocument, TEST_TEXTS } from './src/store/test-documents.ts';`,
      `const store = await openSqliteStore(process.env.PARLEY_CRASH_FILE);`,
      `const layers = {};`,
      `Object.defineProperty(layers, 'quotes', { enumerable: true, get() { process.kill(process.pid, 'SIGKILL'); } });`,
      `await store.putDocument({ ...makeTestDocument(TEST_TEXTS.prisoners), layers });`,
    ].join('\n');
    await fixture.store.close();
    const signal = await new Promise<string | null>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, PARLEY_CRASH_FILE: fixture.file },
      });
      child.on('exit', (_code, killedBy) => resolve(killedBy));
    });
    expect(signal).toBe('SIGKILL');
    const store = await fixture.reopen();
    expect(await store.countDocuments()).toBe(0);
    expect(await store.search('Kessel')).toEqual([]);
    expect(inspect((db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    expect((await store.putDocument(makeTestDocument(TEST_TEXTS.prisoners))).status).toBe('inserted');
  });

  it('refuses a file that is not a SQLite database, and a missing directory', async () => {
    const notDatabase = join(fixture.file, '..', 'notes.db');
    await writeFile(notDatabase, 'these are notes, not a database\n'.repeat(40));
    for (const file of [notDatabase, join(fixture.file, '..', 'missing', 'parley.db')]) {
      const failure = await openSqliteStore(file).catch((error: unknown) => error);
      expect(isParleyError(failure, 'E_STORE'), String(failure)).toBe(true);
    }
  });

  it('refuses a database written by a newer schema', async () => {
    inspect((db) =>
      db.prepare(`insert into schema_migrations (version, name) values (99, 'from-the-future')`).run(),
    );
    const failure = await fixture.reopen().catch((error: unknown) => error);
    expect(isParleyError(failure, 'E_STORE')).toBe(true);
    expect((failure as Error).message).toContain('schema version 99');
  });

  it('puts 10,000 small documents with putDocuments (time printed, not asserted)', async () => {
    const docs = Array.from({ length: 10_000 }, (_, i) =>
      makeTestDocument(
        `Dispatch ${i}\nDelegates met for round ${i} of talks on grain corridors and prisoner lists.`,
      ),
    );
    const started = performance.now();
    await fixture.store.putDocuments(docs);
    const elapsed = performance.now() - started;
    console.log(
      `putDocuments: 10,000 small documents in ${elapsed.toFixed(0)} ms (${((10_000 / elapsed) * 1000).toFixed(0)} docs/s)`,
    );
    expect(await fixture.store.countDocuments()).toBe(10_000);
  });
});
