import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type {
  ActorChange,
  ActorLink,
  ActorRecord,
  CorpusAnchor,
  Document,
  DuplicateLink,
  EventRecord,
  StoredSignature,
} from '../model/index.js';
import { readActorLinks, readActors, readActorsByKeys, writeActorChange } from './sqlite/actor-rows.js';
import {
  indexSignature,
  indexSignatureBatch,
  readAnchors,
  readDuplicates,
  readUndatedIds,
  replaceAnalysis,
  writeAnchors,
} from './sqlite/corpus-rows.js';
import type * as sqliteReader from './sqlite/document-reader.js';
import { deleteEventRecords, readEventRecords, writeEventRecords } from './sqlite/event-rows.js';
import type { StoreDatabase } from './sqlite/schema.js';
import { insertDecision, markRevoked, readDecisions } from './decision-rows.js';
import type { Decision, PutDecisionResult } from './decisions.js';
import { deleteFeed, readFeeds, readUnseenKeys, upsertFeed, writeFeedPoll } from './feed-rows.js';
import type { FeedPollOutcome, FeedRecord } from './feeds.js';
import { resolveListOptions, resolveSearchLimit } from './read-options.js';
import { toSearchTerms } from './search-terms.js';
import type {
  DocumentSummary,
  DocumentVersion,
  ExportOptions,
  ListOptions,
  RecordedVersion,
  RetiredFilter,
  RetiredOption,
  SearchHit,
  SearchOptions,
  Store,
  VersionEntry,
} from './store.js';
import {
  filterDuplicates,
  filterEventRecords,
  iterateDocuments,
  readRetiredIds,
  readVersions,
  writeVersions,
} from './version-rows.js';

/** The corpus steps a backend may serialise across processes when they write. */
export type StepLock = 'actors' | 'anchors' | 'duplicates' | 'events' | 'versions';

/** The document reads a dialect provides: SQLite's are the plain ones, PostgreSQL wraps them. */
export type DocumentReader = Pick<
  typeof sqliteReader,
  'readDocument' | 'findIdByContentHash' | 'readSummaries' | 'countDocuments' | 'readDocumentPage'
>;

/** The reads each dialect writes its own SQL for; both take the same arguments. */
export interface DialectReads {
  search(
    db: Kysely<StoreDatabase>,
    terms: readonly string[],
    limit: number,
    retired: RetiredFilter | undefined,
  ): Promise<SearchHit[]>;
  readEventRecordsByKeys(db: Kysely<StoreDatabase>, keys: readonly string[]): Promise<EventRecord[]>;
}

/** Documents a page of `exportAll` reads at once. */
export const EXPORT_PAGE_SIZE = 200;

/**
 * What both backends share: plain Kysely reads and single-transaction writes over the same tables (the
 * row modules under `sqlite/` are dialect-free), each run through the backend's `guard`, which refuses a closed store and
 * turns failures into E_STORE errors naming the store, and each write through the backend's `write`. A
 * backend extends this and adds its document writes, search and corpus-step transactions.
 */
export abstract class KyselyStoreBase {
  protected abstract readonly db: Kysely<StoreDatabase>;

  /** How this dialect reads documents back (PostgreSQL unescapes the NULs its text columns cannot hold). */
  protected abstract readonly documents: DocumentReader;

  /** Runs `fn` as `action` on this store: E_STORE when the store is closed or `fn` fails. */
  protected abstract guard<T>(action: string, fn: () => Promise<T>): Promise<T>;

  /**
   * Runs `fn` in one write transaction. `lock` names the corpus step it belongs to: PostgreSQL serialises
   * each step across processes with an advisory lock; SQLite's single writer needs none.
   */
  protected abstract write<T>(fn: (trx: Kysely<StoreDatabase>) => Promise<T>, lock?: StepLock): Promise<T>;

  /**
   * The reads whose SQL differs by dialect: full-text search (FTS5, or tsvector; retired documents filtered
   * as asked) and the event records answering to blocking keys (capped per key, newest first).
   */
  protected abstract readonly dialectReads: DialectReads;

  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    const limit = resolveSearchLimit(options);
    return this.guard('search documents', () =>
      this.dialectReads.search(this.db, toSearchTerms(query), limit, options?.retired),
    );
  }

  async updateActors(
    keys: readonly string[],
    resolve: (known: ActorRecord[]) => ActorChange,
  ): Promise<ActorChange> {
    return this.guard('resolve actors', () =>
      this.write(async (trx) => {
        const change = resolve(await readActorsByKeys(trx, keys));
        await writeActorChange(trx, change);
        return change;
      }, 'actors'),
    );
  }

  async indexSignatures(
    items: Parameters<Store['indexSignatures']>[0],
    decide: Parameters<Store['indexSignatures']>[1],
  ): Promise<DuplicateLink[]> {
    if (items.length === 0) return [];
    return this.guard(`index ${items.length} signatures`, () =>
      this.write(async (trx) => {
        return indexSignatureBatch(trx, items, decide);
      }, 'duplicates'),
    );
  }

  async updateEvents(
    docIds: readonly string[],
    keys: readonly string[],
    resolve: (known: EventRecord[]) => EventRecord[],
  ): Promise<EventRecord[]> {
    return this.guard('merge events', () =>
      this.write(async (trx) => {
        await deleteEventRecords(trx, docIds);
        const records = resolve(await this.dialectReads.readEventRecordsByKeys(trx, keys));
        await writeEventRecords(trx, records);
        return records;
      }, 'events'),
    );
  }

  async getDocument(id: string): Promise<Document | null> {
    return this.guard(`read document ${id}`, () => this.documents.readDocument(this.db, id));
  }

  async findByContentHash(contentHash: string): Promise<string | null> {
    return this.guard('look up a content hash', () =>
      this.documents.findIdByContentHash(this.db, contentHash),
    );
  }

  async listDocuments(options?: ListOptions): Promise<DocumentSummary[]> {
    const { limit, offset } = resolveListOptions(options);
    return this.guard('list documents', () => this.documents.readSummaries(this.db, limit, offset));
  }

  async countDocuments(): Promise<number> {
    return this.guard('count documents', () => this.documents.countDocuments(this.db));
  }

  async revision(): Promise<string> {
    return this.guard('read the store revision', async () => {
      const { rows } = await sql<Record<string, number | string | null>>`
        select (select count(*) from documents) as docs,
          (select max(seq) from documents) as last,
          (select count(*) from decisions) as decisions,
          (select count(revoked_at) from decisions) as revoked,
          (select count(*) from document_versions
            where superseded_by is not null or retracted_by is not null) as retired`.execute(this.db);
      const row = rows[0] ?? {};
      return ['docs', 'last', 'decisions', 'revoked', 'retired'].map((k) => String(row[k] ?? 0)).join(':');
    });
  }

  exportAll(options: ExportOptions = {}): AsyncIterable<Document> {
    return iterateDocuments(
      (after) =>
        this.guard('export documents', () =>
          this.documents.readDocumentPage(this.db, after, EXPORT_PAGE_SIZE, options.layers),
        ),
      () => this.guard('read retired documents', () => readRetiredIds(this.db)),
      options.retired ?? 'exclude',
      EXPORT_PAGE_SIZE,
    );
  }

  async listAnchors(): Promise<CorpusAnchor[]> {
    return this.guard('list learned anchors', () => readAnchors(this.db));
  }

  async listUndatedDocumentIds(): Promise<string[]> {
    return this.guard('list undated documents', () => readUndatedIds(this.db));
  }

  async listDuplicates(options: RetiredOption = {}): Promise<DuplicateLink[]> {
    return this.guard('list duplicates', async () =>
      filterDuplicates(
        await readDuplicates(this.db),
        await readRetiredIds(this.db),
        options.retired ?? 'exclude',
      ),
    );
  }

  async listActors(): Promise<ActorRecord[]> {
    return this.guard('list actors', () => readActors(this.db));
  }

  async listActorLinks(docIds?: readonly string[]): Promise<ActorLink[]> {
    return this.guard('list actor links', () => readActorLinks(this.db, docIds));
  }

  async listEventRecords(options: RetiredOption = {}): Promise<EventRecord[]> {
    return this.guard('list event records', async () =>
      filterEventRecords(
        await readEventRecords(this.db),
        await readRetiredIds(this.db),
        options.retired ?? 'exclude',
      ),
    );
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return this.guard('list feeds', () => readFeeds(this.db));
  }

  async unseenFeedItems(url: string, itemKeys: readonly string[]): Promise<string[]> {
    return this.guard(`read the items of feed ${url}`, () => readUnseenKeys(this.db, url, itemKeys));
  }

  async listDecisions(options: { includeRevoked?: boolean } = {}): Promise<Decision[]> {
    return this.guard('list decisions', () => readDecisions(this.db, options.includeRevoked ?? false));
  }

  async listVersions(options: { url?: string } = {}): Promise<DocumentVersion[]> {
    return this.guard('list document versions', () => readVersions(this.db, options.url));
  }

  async putAnchors(anchors: readonly CorpusAnchor[]): Promise<void> {
    if (anchors.length === 0) return;
    await this.guard('store learned anchors', () =>
      this.write((trx) => writeAnchors(trx, anchors), 'anchors'),
    );
  }

  async replaceAnalysis(doc: Document): Promise<boolean> {
    return this.guard(`update the analysis of document ${doc.id}`, () =>
      this.write((trx) => replaceAnalysis(trx, doc)),
    );
  }

  async indexSignature(
    signature: StoredSignature,
    keys: readonly string[],
    decide: (candidates: StoredSignature[], taken: ReadonlySet<string>) => DuplicateLink | null,
  ): Promise<DuplicateLink | null> {
    return this.guard(`index the signature of ${signature.docId}`, () =>
      this.write((trx) => indexSignature(trx, signature, keys, decide), 'duplicates'),
    );
  }

  async putFeed(url: string, intervalSeconds: number, now: Date): Promise<FeedRecord> {
    return this.guard(`add feed ${url}`, () =>
      this.write((trx) => upsertFeed(trx, url, intervalSeconds, now)),
    );
  }

  async removeFeed(url: string): Promise<boolean> {
    return this.guard(`remove feed ${url}`, () => this.write((trx) => deleteFeed(trx, url)));
  }

  async recordFeedPoll(url: string, outcome: FeedPollOutcome): Promise<FeedRecord | null> {
    return this.guard(`record a poll of feed ${url}`, () =>
      this.write((trx) => writeFeedPoll(trx, url, outcome)),
    );
  }

  async putDecision(decision: Decision): Promise<PutDecisionResult> {
    return this.guard(`store decision ${decision.id}`, () =>
      this.write((trx) => insertDecision(trx, decision)),
    );
  }

  async revokeDecision(id: string, at: Date): Promise<Decision | null> {
    return this.guard(`revoke decision ${id}`, () => this.write((trx) => markRevoked(trx, id, at)));
  }

  async recordVersions(entries: readonly VersionEntry[]): Promise<Array<RecordedVersion | null>> {
    if (entries.length === 0) return [];
    return this.guard(`record ${entries.length} document versions`, () =>
      this.write((trx) => writeVersions(trx, entries), 'versions'),
    );
  }
}
