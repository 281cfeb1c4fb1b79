import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ParleyError } from '../../model/index.js';
import type {
  ActorChange,
  ActorLink,
  ActorRecord,
  CorpusAnchor,
  Document,
  DuplicateLink,
  EventRecord,
  StoredSignature,
} from '../../model/index.js';
import {
  deleteEventRecords,
  readEventRecords,
  readEventRecordsByKeys,
  writeEventRecords,
} from './event-rows.js';
import {
  indexSignature,
  readAnchors,
  readDuplicates,
  readUndatedIds,
  replaceAnalysis,
  writeAnchors,
} from './corpus-rows.js';
import { readActorLinks, readActors, readActorsByKeys, writeActorChange } from './actor-rows.js';
import { runMigrations } from '../migration-runner.js';
import type { MigrationDatabase } from '../migration-runner.js';
import { resolveListOptions, resolveSearchLimit } from '../read-options.js';
import { toSearchTerms } from '../search-terms.js';
import { storeError } from '../store-error.js';
import { insertDecision, markRevoked, readDecisions } from '../decision-rows.js';
import type { Decision, PutDecisionResult } from '../decisions.js';
import { deleteFeed, readFeeds, readUnseenKeys, upsertFeed, writeFeedPoll } from '../feed-rows.js';
import type { FeedPollOutcome, FeedRecord } from '../feeds.js';
import {
  filterDuplicates,
  filterEventRecords,
  iterateDocuments,
  readRetiredIds,
  readVersions,
  writeVersions,
} from '../version-rows.js';
import type { DocumentVersion, RecordedVersion, RetiredOption, VersionEntry } from '../versions.js';
import type { DocumentSummary, ListOptions, PutResult, SearchHit, SearchOptions, Store } from '../store.js';
import * as reader from './document-reader.js';
import { writeDocument } from './document-writer.js';
import { searchFts5 } from './fts5.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { StoreDatabase } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { withWriteTransaction } from './write-transaction.js';

/** How long a write waits for another process's write lock before failing, in milliseconds. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
const EXPORT_PAGE_SIZE = 200;

/**
 * The SQLite backend of Store: one file, opened with WAL (readers never block the writer), foreign keys
 * enforced, and synchronous=NORMAL, which in WAL mode can lose the last commits on power loss but never
 * corrupts the file or leaves half a transaction. Open it with `openSqliteStore`.
 */
export class SqliteStore implements Store {
  readonly #db: Kysely<StoreDatabase>;
  readonly #database: Database.Database;
  readonly #file: string;
  #closed = false;

  constructor(database: Database.Database, file: string) {
    this.#database = database;
    this.#file = file;
    this.#db = new Kysely<StoreDatabase>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    });
  }

  async migrate(): Promise<void> {
    await this.#guard('migrate the database schema', async () => {
      // The runner touches only schema_migrations, which StoreDatabase includes; kysely's types are invariant.
      const db = this.#db as unknown as Kysely<MigrationDatabase>;
      await runMigrations(db, SQLITE_MIGRATIONS, (fn) => withWriteTransaction(db, fn));
    });
  }

  async putDocument(doc: Document): Promise<PutResult> {
    return this.#guard(`store document ${doc.id}`, () =>
      withWriteTransaction(this.#db, (trx) => writeDocument(trx, doc)),
    );
  }

  async putDocuments(docs: readonly Document[]): Promise<PutResult[]> {
    return this.#guard(`store a batch of ${docs.length} documents`, () =>
      withWriteTransaction(this.#db, async (trx) => {
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

  async getDocument(id: string): Promise<Document | null> {
    return this.#guard(`read document ${id}`, () => reader.readDocument(this.#db, id));
  }

  async findByContentHash(contentHash: string): Promise<string | null> {
    return this.#guard('look up a content hash', () => reader.findIdByContentHash(this.#db, contentHash));
  }

  async listDocuments(options?: ListOptions): Promise<DocumentSummary[]> {
    const { limit, offset } = resolveListOptions(options);
    return this.#guard('list documents', () => reader.readSummaries(this.#db, limit, offset));
  }

  async countDocuments(): Promise<number> {
    return this.#guard('count documents', () => reader.countDocuments(this.#db));
  }

  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    const limit = resolveSearchLimit(options);
    return this.#guard('search documents', () => searchFts5(this.#db, toSearchTerms(query), limit));
  }

  exportAll(options: RetiredOption = {}): AsyncIterable<Document> {
    return iterateDocuments(
      (after) =>
        this.#guard('export documents', () => reader.readDocumentPage(this.#db, after, EXPORT_PAGE_SIZE)),
      () => this.#guard('read retired documents', () => readRetiredIds(this.#db)),
      options.retired ?? 'exclude',
      EXPORT_PAGE_SIZE,
    );
  }

  async updateActors(
    keys: readonly string[],
    resolve: (known: ActorRecord[]) => ActorChange,
  ): Promise<ActorChange> {
    return this.#guard('resolve actors', () =>
      withWriteTransaction(this.#db, async (trx) => {
        const change = resolve(await readActorsByKeys(trx, keys));
        await writeActorChange(trx, change);
        return change;
      }),
    );
  }

  async putAnchors(anchors: readonly CorpusAnchor[]): Promise<void> {
    if (anchors.length === 0) return;
    await this.#guard('store learned anchors', () =>
      withWriteTransaction(this.#db, (trx) => writeAnchors(trx, anchors)),
    );
  }

  async listAnchors(): Promise<CorpusAnchor[]> {
    return this.#guard('list learned anchors', () => readAnchors(this.#db));
  }

  async listUndatedDocumentIds(): Promise<string[]> {
    return this.#guard('list undated documents', () => readUndatedIds(this.#db));
  }

  async replaceAnalysis(doc: Document): Promise<boolean> {
    return this.#guard(`update the analysis of document ${doc.id}`, () =>
      withWriteTransaction(this.#db, (trx) => replaceAnalysis(trx, doc)),
    );
  }

  async indexSignature(
    signature: StoredSignature,
    keys: readonly string[],
    decide: (candidates: StoredSignature[], taken: ReadonlySet<string>) => DuplicateLink | null,
  ): Promise<DuplicateLink | null> {
    return this.#guard(`index the signature of ${signature.docId}`, () =>
      withWriteTransaction(this.#db, (trx) => indexSignature(trx, signature, keys, decide)),
    );
  }

  async indexSignatures(
    items: ReadonlyArray<{ signature: StoredSignature; keys: readonly string[] }>,
    decide: (
      signature: StoredSignature,
      candidates: StoredSignature[],
      taken: ReadonlySet<string>,
    ) => DuplicateLink | null,
  ): Promise<DuplicateLink[]> {
    if (items.length === 0) return [];
    return this.#guard(`index ${items.length} signatures`, () =>
      withWriteTransaction(this.#db, async (trx) => {
        const links: DuplicateLink[] = [];
        for (const { signature, keys } of items) {
          const link = await indexSignature(trx, signature, keys, (candidates, taken) =>
            decide(signature, candidates, taken),
          );
          if (link) links.push(link);
        }
        return links;
      }),
    );
  }

  async listDuplicates(options: RetiredOption = {}): Promise<DuplicateLink[]> {
    return this.#guard('list duplicates', async () =>
      filterDuplicates(
        await readDuplicates(this.#db),
        await readRetiredIds(this.#db),
        options.retired ?? 'exclude',
      ),
    );
  }

  async listActors(): Promise<ActorRecord[]> {
    return this.#guard('list actors', () => readActors(this.#db));
  }

  async listActorLinks(docIds?: readonly string[]): Promise<ActorLink[]> {
    return this.#guard('list actor links', () => readActorLinks(this.#db, docIds));
  }

  async updateEvents(
    docIds: readonly string[],
    keys: readonly string[],
    resolve: (known: EventRecord[]) => EventRecord[],
  ): Promise<EventRecord[]> {
    return this.#guard('merge events', () =>
      withWriteTransaction(this.#db, async (trx) => {
        await deleteEventRecords(trx, docIds);
        const records = resolve(await readEventRecordsByKeys(trx, keys));
        await writeEventRecords(trx, records);
        return records;
      }),
    );
  }

  async listEventRecords(options: RetiredOption = {}): Promise<EventRecord[]> {
    return this.#guard('list event records', async () =>
      filterEventRecords(
        await readEventRecords(this.#db),
        await readRetiredIds(this.#db),
        options.retired ?? 'exclude',
      ),
    );
  }

  async putFeed(url: string, intervalSeconds: number, now: Date): Promise<FeedRecord> {
    return this.#guard(`add feed ${url}`, () =>
      withWriteTransaction(this.#db, (trx) => upsertFeed(trx, url, intervalSeconds, now)),
    );
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return this.#guard('list feeds', () => readFeeds(this.#db));
  }

  async removeFeed(url: string): Promise<boolean> {
    return this.#guard(`remove feed ${url}`, () =>
      withWriteTransaction(this.#db, (trx) => deleteFeed(trx, url)),
    );
  }

  async unseenFeedItems(url: string, itemKeys: readonly string[]): Promise<string[]> {
    return this.#guard(`read the items of feed ${url}`, () => readUnseenKeys(this.#db, url, itemKeys));
  }

  async recordFeedPoll(url: string, outcome: FeedPollOutcome): Promise<FeedRecord | null> {
    return this.#guard(`record a poll of feed ${url}`, () =>
      withWriteTransaction(this.#db, (trx) => writeFeedPoll(trx, url, outcome)),
    );
  }

  async putDecision(decision: Decision): Promise<PutDecisionResult> {
    return this.#guard(`store decision ${decision.id}`, () =>
      withWriteTransaction(this.#db, (trx) => insertDecision(trx, decision)),
    );
  }

  async listDecisions(options: { includeRevoked?: boolean } = {}): Promise<Decision[]> {
    return this.#guard('list decisions', () => readDecisions(this.#db, options.includeRevoked ?? false));
  }

  async revokeDecision(id: string, at: Date): Promise<Decision | null> {
    return this.#guard(`revoke decision ${id}`, () =>
      withWriteTransaction(this.#db, (trx) => markRevoked(trx, id, at)),
    );
  }

  async recordVersions(entries: readonly VersionEntry[]): Promise<Array<RecordedVersion | null>> {
    if (entries.length === 0) return [];
    return this.#guard(`record ${entries.length} document versions`, () =>
      withWriteTransaction(this.#db, (trx) => writeVersions(trx, entries)),
    );
  }

  async listVersions(options: { url?: string } = {}): Promise<DocumentVersion[]> {
    return this.#guard('list document versions', () => readVersions(this.#db, options.url));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
    if (this.#database.open) this.#database.close();
  }

  async #guard<T>(action: string, fn: () => Promise<T>): Promise<T> {
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
