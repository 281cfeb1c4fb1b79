import type {
  ActorChange,
  ActorLink,
  ActorRecord,
  CorpusAnchor,
  DuplicateLink,
  EventRecord,
  StoredSignature,
  DateValue,
  Document,
  InputFormat,
  LayerName,
  Location,
  Span,
} from '../model/index.js';
import type { Decision, PutDecisionResult } from './decisions.js';
import type { FeedPollOutcome, FeedRecord } from './feeds.js';
import type {
  DocumentVersion,
  RecordedVersion,
  RetiredFilter,
  RetiredOption,
  VersionEntry,
} from './versions.js';

export type { FeedPollOutcome, FeedRecord } from './feeds.js';
export type { Decision, DecisionKind, PutDecisionResult } from './decisions.js';
export type {
  DocumentVersion,
  RecordedVersion,
  RetiredFilter,
  RetiredOption,
  VersionEntry,
} from './versions.js';

/**
 * What `putDocument` did with a document. `inserted`: it was new. `duplicate`: a document with the same
 * content hash was already stored with every location given, so nothing changed. `new-location`: the text
 * was known, and at least one of the locations given was recorded for it now.
 */
export type PutStatus = 'inserted' | 'duplicate' | 'new-location';

/**
 * The outcome of one put. `id` is the id the document is stored under: for a duplicate it is the id of the
 * copy already stored, which the caller should use from then on.
 */
export interface PutResult {
  id: string;
  status: PutStatus;
}

/** One row of a document listing: what a table of documents shows, without text, raw text or layers. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  sourceName: string | null;
  published: DateValue;
  format: InputFormat;
  /** The location the document was first read from; null when it was stored with none. */
  firstLocation: Location | null;
  signalCount: number;
  /** Length of the clean text in UTF-16 code units, the unit every span uses. */
  textLength: number;
}

/** A page of a listing. `limit` and `offset` are non-negative integers; `limit` defaults to 50. */
export interface ListOptions {
  limit?: number;
  offset?: number;
}

/** `limit` is the most hits returned, a non-negative integer; it defaults to 20. */
/** Which documents `exportAll` gives (see `RetiredOption`), and which of their layers (default all). */
export interface ExportOptions extends RetiredOption {
  layers?: readonly LayerName[];
}

export interface SearchOptions {
  limit?: number;
  /** Retired documents (superseded or retracted) are left out unless `include` (or `only`). */
  retired?: RetiredFilter;
}

/**
 * One search hit. `snippet` is a short plain-text excerpt of the clean text; `highlights` are the matched
 * words as spans into `snippet` (not into the document), so a UI can mark them without parsing markup.
 * `rank` is a relevance score: higher is better, comparable only within one result list.
 */
export interface SearchHit {
  id: string;
  title: string | null;
  snippet: string;
  highlights: Span[];
  rank: number;
}

/**
 * Where documents live between ingest and analysis. Every backend (SQLite now, PostgreSQL later) passes the
 * same contract suite (`describeStoreContract`), so callers never depend on the backend. All methods are
 * async because the PostgreSQL backend talks to a server. Failures the caller can act on are ParleyErrors
 * with code `E_STORE` (storage) or `E_USAGE` (bad arguments).
 */
export interface Store {
  /**
   * Brings the schema up to the latest version. Opening a store already does this; running it again is a
   * no-op. Fails with E_STORE when the database was written by a newer Parley.
   */
  migrate(): Promise<void>;

  /**
   * Stores a document, idempotent by content hash: the same text put twice is one document, and any
   * location not yet recorded is added to it (see PutStatus). Everything about the document — its row,
   * locations, signals, persisted layers and full-text entry — is written in one transaction, so a failure
   * or a crash leaves it absent. Transient layers (TRANSIENT_LAYERS) and their producers are not stored.
   * A re-put does not replace the stored text, metadata or layers.
   */
  putDocument(doc: Document): Promise<PutResult>;

  /**
   * Stores many documents with the same semantics as `putDocument`, in ONE transaction for the whole batch:
   * if any document fails, none of the batch is stored and the error names the document. That is what makes
   * bulk ingest fast; a caller that wants to skip bad documents retries the failed batch one by one.
   */
  putDocuments(docs: readonly Document[]): Promise<PutResult[]>;

  /**
   * The document exactly as it was put (deep equal), minus transient layers, with locations in the order
   * they were first recorded; null when no document has this id.
   */
  getDocument(id: string): Promise<Document | null>;

  /** The id of the document whose clean text has this sha256 hash, or null: how ingest skips known text. */
  findByContentHash(contentHash: string): Promise<string | null>;

  /** A page of summaries in ingest order (then id), stable across calls so paging never skips or repeats. */
  listDocuments(options?: ListOptions): Promise<DocumentSummary[]>;

  /** How many documents are stored. */
  countDocuments(): Promise<number>;

  /**
   * A cheap fingerprint of what the reports read: it changes whenever documents are added, a decision is
   * made or revoked, or a document is retired, by this process or any other writing to the same store.
   * Opaque; compare for equality only.
   */
  revision(): Promise<string>;

  /**
   * Full-text search over titles and clean text, case- and diacritic-insensitive. The query is plain words:
   * every word must match, and operators or quotes in it are ordinary characters, so no input raises a
   * syntax error. A query with no letters or digits returns no hits. Best hits first. Retired documents
   * are left out unless `retired` says otherwise.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;

  /**
   * Every current document, in ingest order, read page by page so memory stays flat: what every report reads.
   * Retired documents (superseded by a later version of their URL, or retracted; see `recordVersions`) are
   * left out unless `retired` is `include` (every document: the source for `parley export`) or `only`.
   * Documents put while the iteration runs appear at the end if they are put before it gets there.
   * With `layers`, each document carries only those of its layers: a report that reads two layers of every
   * article need not parse them all (at 100,000 articles that is most of a report's time and memory).
   */
  exportAll(options?: ExportOptions): AsyncIterable<Document>;

  /**
   * One step of actor resolution across articles, atomic against other writers: reads the actors that
   * answer to any of `keys`, passes them to `resolve`, and writes the change it returns. Links of a
   * document entity already linked are kept, so running a step twice changes nothing.
   */
  updateActors(keys: readonly string[], resolve: (known: ActorRecord[]) => ActorChange): Promise<ActorChange>;

  /** Stores anchors learned from an article; an anchor already stored (same id) is kept as it is. */
  putAnchors(anchors: readonly CorpusAnchor[]): Promise<void>;

  /** Every learned anchor, in id order. */
  listAnchors(): Promise<CorpusAnchor[]>;

  /** The ids of the documents whose publication date is unknown, in ingest order. */
  listUndatedDocumentIds(): Promise<string[]>;

  /**
   * Replaces what the pipeline derived for a stored document (its date and layers), when a later article
   * made a new date known. The text, its identity and its locations do not change. False when no such
   * document is stored.
   */
  replaceAnalysis(doc: Document): Promise<boolean>;

  /**
   * Indexes one document's MinHash signature under its LSH band keys, atomically against other writers:
   * passes the stored signatures sharing a band key to `decide` (with those of them that already point to
   * an earlier document), stores the duplicate link it returns (if any), then the signature. A document already indexed is left as it is and `decide` is not called.
   */
  indexSignature(
    signature: StoredSignature,
    keys: readonly string[],
    decide: (candidates: StoredSignature[], taken: ReadonlySet<string>) => DuplicateLink | null,
  ): Promise<DuplicateLink | null>;

  /**
   * `indexSignature` for several documents in order, in one transaction: each sees the ones before it.
   * Returns the links found, in order.
   */
  indexSignatures(
    items: ReadonlyArray<{ signature: StoredSignature; keys: readonly string[] }>,
    decide: (
      signature: StoredSignature,
      candidates: StoredSignature[],
      taken: ReadonlySet<string>,
    ) => DuplicateLink | null,
  ): Promise<DuplicateLink[]>;

  /**
   * Every duplicate link, in document ingest order. A link touching a retired document (either side) is
   * left out unless `retired` is `include`; `only` gives the links from retired documents.
   */
  listDuplicates(options?: RetiredOption): Promise<DuplicateLink[]>;

  /** Every actor, in id order. */
  listActors(): Promise<ActorRecord[]>;

  /** The entity-to-actor links of the given documents, or all links; ordered by document and entity. */
  listActorLinks(docIds?: readonly string[]): Promise<ActorLink[]>;

  /**
   * One step of event merging across articles, atomic against other writers: drops the event records of
   * `docIds` (their articles are being merged again), reads the stored records answering to any of `keys`,
   * passes them to `resolve`, and stores the records it returns. Running a step twice changes nothing.
   */
  updateEvents(
    docIds: readonly string[],
    keys: readonly string[],
    resolve: (known: EventRecord[]) => EventRecord[],
  ): Promise<EventRecord[]>;

  /**
   * Every event record, in document ingest order then mention order. Records of retired documents are left
   * out unless `retired` is `include` (or `only`, for just those); they stay stored for the audit trail.
   */
  listEventRecords(options?: RetiredOption): Promise<EventRecord[]>;

  /**
   * Adds a feed to watch, due at once (`now`), or changes the interval of one already watched (its health
   * and schedule are kept). `intervalSeconds` is a positive whole number, else E_USAGE.
   */
  putFeed(url: string, intervalSeconds: number, now: Date): Promise<FeedRecord>;

  /** Every watched feed, in url order. */
  listFeeds(): Promise<FeedRecord[]>;

  /** Stops watching a feed and forgets its items; its articles stay stored. False when it was not watched. */
  removeFeed(url: string): Promise<boolean>;

  /** Which of `itemKeys` this feed has not yet recorded as seen, in the order given. */
  unseenFeedItems(url: string, itemKeys: readonly string[]): Promise<string[]>;

  /**
   * Records one poll atomically: health, validators, schedule, counts and the items seen. A success resets
   * `consecutiveErrors`, a failure adds one and keeps the validators; a 304 is a success that changes no
   * count. Null when the feed is not watched (removed meanwhile).
   */
  recordFeedPoll(url: string, outcome: FeedPollOutcome): Promise<FeedRecord | null>;

  /**
   * Stores an analyst decision, idempotent by id: a decision already stored under this id is kept as it is
   * (`created: false`), so importing the same decisions twice adds nothing. An unknown kind is E_USAGE.
   */
  putDecision(decision: Decision): Promise<PutDecisionResult>;

  /** The decisions in the order they were made (createdAt, then id); revoked ones only with `includeRevoked`. */
  listDecisions(options?: { includeRevoked?: boolean }): Promise<Decision[]>;

  /**
   * Revokes a decision at `at`: it stops applying but stays stored for the audit trail. Revoking twice keeps
   * the first time. Null when no decision has this id.
   */
  revokeDecision(id: string, at: Date): Promise<Decision | null>;

  /**
   * Records documents under their article URL, in order, in one transaction (issue #10). A document not yet
   * recorded becomes the next version of its URL: version 1 for a URL not seen, else the latest version's
   * number plus one, and that version is marked superseded by it. A document already recorded is left as it
   * is (the same text at the same URL again changes nothing). `retraction: true` marks the document and every
   * earlier version of its URL retracted by it (the first retraction is kept); with no URL, only itself.
   * Returns, per entry, its version row, whether it was created now, and the documents it newly marked
   * retracted; null for an entry with no URL that is not a retraction (nothing stored). Every document id
   * must be stored already, else E_STORE and none of the entries is recorded.
   */
  recordVersions(entries: readonly VersionEntry[]): Promise<Array<RecordedVersion | null>>;

  /** Every recorded version (of one URL when `url` is given), in the ingest order of their documents. */
  listVersions(options?: { url?: string }): Promise<DocumentVersion[]>;

  /** Releases the database. Calling it twice is harmless; any other call after it fails with E_STORE. */
  close(): Promise<void>;
}
