import { Kysely, PostgresDialect, sql } from 'kysely';
import { KyselyStoreBase } from '../kysely-store-base.js';
import type { StepLock } from '../kysely-store-base.js';
import * as reader from './document-reader.js';
import pg from 'pg';
import { ParleyError } from '../../model/index.js';
import type { Document } from '../../model/index.js';
import { runMigrations } from '../migration-runner.js';
import type { MigrationDatabase, Transact } from '../migration-runner.js';
import type { StoreDatabase } from '../sqlite/schema.js';
import { storeError } from '../store-error.js';
import type { PutResult, Store } from '../store.js';
import { parsePostgresUrl } from './connection-options.js';
import type { PostgresTarget } from './connection-options.js';
import { writeDocument, writeDocuments } from './document-writer.js';
import { readEventRecordsByKeys } from './event-rows.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { searchText } from './text-search.js';
import { withTransaction } from './transaction.js';

/** How long opening a connection may take before the call fails with E_STORE (pg waits forever by default). */
const CONNECT_TIMEOUT_MS = 10_000;
/** Connections one store opens at most; a store runs one query at a time unless callers overlap calls. */
const POOL_SIZE = 4;

/**
 * The PostgreSQL backend of Store: a `pg` pool behind kysely, one schema per store (`?schema=`). Writes the
 * contract calls atomic run in one transaction; the corpus steps take an advisory lock each (see
 * `advisory-locks.ts` and README.md), and ingest is race-free by `on conflict (content_hash)`. Open it with
 * `openPostgresStore`.
 */
/** Documents this process stores before it first refreshes the planner's statistics (then at each doubling). */
export const ANALYZE_FIRST_AT = 500;

export class PostgresStore extends KyselyStoreBase implements Store {
  protected override readonly db: Kysely<StoreDatabase>;
  protected override readonly documents = reader;
  protected override readonly dialectReads = { search: searchText, readEventRecordsByKeys };
  readonly #pool: pg.Pool;
  readonly #target: PostgresTarget;
  #closed = false;
  #inserted = 0;
  #analyzeAt = ANALYZE_FIRST_AT;

  constructor(target: PostgresTarget) {
    super();
    this.#target = target;
    this.#pool = new pg.Pool({ connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...target.pool, max: POOL_SIZE });
    // An idle connection the server drops emits 'error' on the pool; the next query reports it as E_STORE.
    this.#pool.on('error', () => undefined);
    this.db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: this.#pool }) });
  }

  async migrate(): Promise<void> {
    await this.guard('migrate the database schema', async () => {
      // The runner touches only schema_migrations, which StoreDatabase includes; kysely's types are invariant.
      const db = this.db as unknown as Kysely<MigrationDatabase>;
      const transact: Transact = (fn) => withTransaction(db, fn, { lock: 'migrate' });
      // The runner's `create table if not exists` races with itself on a fresh schema (two sessions both
      // create the row type); done first under the lock, the runner's own becomes a no-op.
      await transact(async (trx) => {
        if (this.#target.schema)
          await sql`create schema if not exists ${sql.id(this.#target.schema)}`.execute(trx);
        await sql`create table if not exists schema_migrations (
          version integer primary key, name text not null, applied_at text not null default current_timestamp
        )`.execute(trx);
      });
      await runMigrations(db, POSTGRES_MIGRATIONS, transact);
    });
  }

  async putDocument(doc: Document): Promise<PutResult> {
    return this.guard(`store document ${doc.id}`, () =>
      withTransaction(this.db, (trx) => writeDocument(trx, doc)),
    );
  }

  async putDocuments(docs: readonly Document[]): Promise<PutResult[]> {
    if (docs.length === 0) return this.guard('store an empty batch', async () => []);
    return this.guard(`store a batch of ${docs.length} documents`, () =>
      withTransaction(this.db, (trx) => writeDocuments(trx, docs), {
        lock: 'ingest',
        exclusiveRetry: true,
      }).then(async (results) => {
        await this.#analyzeQuietly(results.filter((r) => r.status === 'inserted').length);
        return results;
      }),
    );
  }

  /**
   * Vacuums this store's tables and refreshes their planner statistics when this process has stored
   * `ANALYZE_FIRST_AT` documents, then again each time its count doubles (so the work stays proportional to
   * what was stored). Without statistics (a server with autovacuum off, or a store filled faster than
   * autovacuum runs) PostgreSQL plans the near-duplicate lookup as a scan of every LSH bucket: 134 ms an
   * article at 8,000 articles, 4 ms after ANALYZE. Without a vacuum the tables' visibility map stays empty,
   * so an index-only scan (the LSH lookup, the event keys) still reads every row's heap page: 2,282 heap
   * fetches for one article's bucket lookup at 25,000 articles, 37 after VACUUM. VACUUM runs outside any
   * transaction, which is why this is not part of the write that stored the documents.
   */
  async #analyzeWhenGrown(inserted: number): Promise<void> {
    this.#inserted += inserted;
    if (this.#inserted < this.#analyzeAt) return;
    this.#analyzeAt = Math.max(ANALYZE_FIRST_AT, this.#inserted * 2);
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(this.db);
    for (const { name } of rows) await sql`vacuum (analyze) ${sql.id(name)}`.execute(this.db);
  }

  /**
   * `#analyzeWhenGrown` as an aid that never fails the write it follows: the documents are committed by
   * then, and two processes analysing one table at once can fail with "tuple concurrently updated".
   */
  async #analyzeQuietly(inserted: number): Promise<void> {
    try {
      await this.#analyzeWhenGrown(inserted);
    } catch {
      // The statistics stay as they were; the next doubling tries again.
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.db.destroy();
    // kysely ends the pool only if it ever used it.
    if (!this.#pool.ended) await this.#pool.end();
  }

  protected override write<T>(fn: (trx: Kysely<StoreDatabase>) => Promise<T>, lock?: StepLock): Promise<T> {
    return withTransaction(this.db, fn, lock ? { lock } : {});
  }

  protected override async guard<T>(action: string, fn: () => Promise<T>): Promise<T> {
    if (this.#closed) {
      throw new ParleyError('E_STORE', `could not ${action}: the store ${this.#target.label} is closed`, {
        hint: 'open the store again with openStore()',
      });
    }
    try {
      return await fn();
    } catch (error) {
      throw storeError(`${action} in ${this.#target.label}`, error);
    }
  }
}

/**
 * Opens the store at a `postgres://` url (optionally `?schema=NAME`, created if missing) and brings its
 * schema up to date. Fails with E_STORE when the server cannot be reached or refuses the login, and with
 * E_USAGE for a malformed url.
 */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  const store = new PostgresStore(parsePostgresUrl(url));
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
