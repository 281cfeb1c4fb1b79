import Database from 'better-sqlite3';
import { KyselyStoreBase } from '../kysely-store-base.js';
import * as reader from './document-reader.js';
import { Kysely, SqliteDialect } from 'kysely';
import { ParleyError } from '../../model/index.js';
import type { Document } from '../../model/index.js';
import { readEventRecordsByKeys } from './event-rows.js';
import { runMigrations } from '../migration-runner.js';
import type { MigrationDatabase } from '../migration-runner.js';
import { storeError } from '../store-error.js';
import type { PutResult, Store } from '../store.js';
import { startCheckpointer } from './background-checkpoint.js';
import type { Checkpointer } from './background-checkpoint.js';
import { writeDocument } from './document-writer.js';
import { searchFts5 } from './fts5.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { StoreDatabase } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { withWriteTransaction } from './write-transaction.js';

/** How long a write waits for another process's write lock before failing, in milliseconds. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * The SQLite backend of Store: one file, opened with WAL (readers never block the writer), foreign keys
 * enforced, and synchronous=NORMAL, which in WAL mode can lose the last commits on power loss but never
 * corrupts the file or leaves half a transaction. Open it with `openSqliteStore`.
 */
export class SqliteStore extends KyselyStoreBase implements Store {
  protected override readonly db: Kysely<StoreDatabase>;
  protected override readonly documents = reader;
  protected override readonly dialectReads = { search: searchFts5, readEventRecordsByKeys };
  readonly #database: Database.Database;
  readonly #file: string;
  #closed = false;
  #checkpointer: Checkpointer | null = null;

  constructor(database: Database.Database, file: string) {
    super();
    this.#database = database;
    this.#file = file;
    this.db = new Kysely<StoreDatabase>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    });
  }

  async migrate(): Promise<void> {
    await this.guard('migrate the database schema', async () => {
      // The runner touches only schema_migrations, which StoreDatabase includes; kysely's types are invariant.
      const db = this.db as unknown as Kysely<MigrationDatabase>;
      await runMigrations(db, SQLITE_MIGRATIONS, (fn) => withWriteTransaction(db, fn));
    });
  }

  async putDocument(doc: Document): Promise<PutResult> {
    return this.guard(`store document ${doc.id}`, () =>
      withWriteTransaction(this.db, (trx) => writeDocument(trx, doc)),
    );
  }

  /**
   * Stores a batch in one transaction. The first batch starts the background checkpointer
   * (`startCheckpointer`): batches are how bulk ingest writes, and checkpoints were a tenth of its time.
   */
  async putDocuments(docs: readonly Document[]): Promise<PutResult[]> {
    this.#startCheckpointer();
    return this.guard(`store a batch of ${docs.length} documents`, () =>
      withWriteTransaction(this.db, async (trx) => {
        const results: PutResult[] = [];
        for (const [index, doc] of docs.entries()) {
          try {
            results.push(await writeDocument(trx, doc));
          } catch (error) {
            throw storeError(`store document ${index + 1} (${doc.id}); none of the batch was stored`, error);
          }
        }
        return results;
      }),
    );
  }

  /** The background checkpointer, once a batch has started it; null before, and for `:memory:`. */
  get checkpointer(): Checkpointer | null {
    return this.#checkpointer;
  }

  #startCheckpointer(): void {
    if (this.#checkpointer || this.#closed || this.#file === ':memory:' || this.#file === '') return;
    this.#checkpointer = startCheckpointer(this.#database, this.#file);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#checkpointer?.stop();
    await this.db.destroy();
    if (this.#database.open) this.#database.close();
  }

  protected override write<T>(fn: (trx: Kysely<StoreDatabase>) => Promise<T>): Promise<T> {
    return withWriteTransaction(this.db, fn);
  }

  protected override async guard<T>(action: string, fn: () => Promise<T>): Promise<T> {
    if (this.#closed) {
      throw new ParleyError('E_STORE', `could not ${action}: the store ${this.#file} is closed`, {
        hint: 'open the store again with openStore()',
      });
    }
    try {
      return await fn();
    } catch (error) {
      throw storeError(`${action} in ${this.#file}`, error);
    }
  }
}

/**
 * Opens (creating if missing) the SQLite store in `file` and brings its schema up to date. Fails with
 * E_STORE when the file cannot be opened as a database, e.g. its directory does not exist or it is not a
 * SQLite file.
 */
export async function openSqliteStore(file: string): Promise<SqliteStore> {
  let database: Database.Database | undefined;
  try {
    database = new Database(file);
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    if (database?.open) database.close();
    throw storeError(
      `open the SQLite database ${file}`,
      error,
      'check that the directory exists and that the file, if present, is a Parley database',
    );
  }
  const store = new SqliteStore(database, file);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
