import type { Generated, Insertable, Selectable } from 'kysely';
import type { DecisionsTable } from '../decision-rows.js';
import type { FeedItemsTable, FeedsTable } from '../feed-rows.js';
import type { MigrationDatabase } from '../migration-runner.js';
import type { DocumentVersionsTable } from '../version-rows.js';

/**
 * One row per document. JSON columns hold the parts that are only ever read whole (title, metadata,
 * source, offset map, signals); the columns a listing or an index needs are plain. `seq` is the ingest
 * order and the rowid the full-text index points at. `text_length` is in UTF-16 code units, which SQL's
 * `length()` (code points) is not.
 */
export interface DocumentsTable {
  seq: Generated<number>;
  id: string;
  content_hash: string;
  format: string;
  /** The title's text, plain, for listing and the full-text index; the JSON `title` keeps its span. */
  title_text: string | null;
  title: string;
  text: string;
  text_length: number;
  raw: string;
  offset_map: string;
  meta: string;
  source: string;
  published_value: string | null;
  published_precision: string;
  published_basis: string;
  /** JSON `{range?, evidence?, reason?}` of an inferred or unknown date; null when there is none. */
  published_detail: string | null;
  signals: string;
  signal_count: number;
}

/**
 * Every place a document was read from, in the order first seen (`position` from 0). `location_key`
 * identifies a location for the unique constraint, since SQL treats two NULL lines as different.
 */
export interface DocumentLocationsTable {
  doc_id: string;
  position: number;
  location_key: string;
  kind: string;
  ref: string;
  line: number | null;
  item: number | null;
}

/** One row per persisted layer: its JSON and the extractor (`name@version`) that wrote it. */
export interface DocumentLayersTable {
  doc_id: string;
  layer: string;
  producer: string | null;
  data: string;
}

/** One actor across articles; its aliases and roles are read from the linked documents' entities. */
export interface ActorsTable {
  id: string;
  kind: string;
  name: string;
  pack_actor: string | null;
}

/** A merge key an actor answers to (`person:zelensky`). */
export interface ActorKeysTable {
  key: string;
  actor_id: string;
}

/** Which actor one document entity belongs to. */
export interface ActorLinksTable {
  doc_id: string;
  entity_id: string;
  actor_id: string;
}

/** An event one article dated, for dating others; `cues` is a JSON array. */
export interface CorpusAnchorsTable {
  id: string;
  doc_id: string;
  label: string;
  date: string;
  cues: string;
  span_start: number;
  span_end: number;
}

/** One document's MinHash signature (JSON array of 32-bit numbers) and its outlet. */
export interface DocumentSignaturesTable {
  doc_id: string;
  signature: string;
  source: string | null;
  published: string | null;
}

/** An LSH band key a document's signature falls under. */
export interface LshBucketsTable {
  key: string;
  doc_id: string;
}

/** A document that copies an earlier one. */
export interface DuplicatesTable {
  doc_id: string;
  of_doc_id: string;
  similarity: number;
  kind: string;
}

/** One event mention as merged across articles; `data` is the whole `EventRecord` as JSON. */
export interface EventRecordsTable {
  doc_id: string;
  idx: number;
  event_id: string;
  data: string;
}

/** The blocking keys of each event mention, indexed so merging reads only the mentions a new one could join. */
export interface EventKeysTable {
  key: string;
  doc_id: string;
  idx: number;
}

/** The tables kysely may query. The FTS5 table is reached only through `fts5.ts`, in raw SQL. */
export interface StoreDatabase extends MigrationDatabase {
  documents: DocumentsTable;
  document_locations: DocumentLocationsTable;
  document_layers: DocumentLayersTable;
  actors: ActorsTable;
  actor_keys: ActorKeysTable;
  actor_links: ActorLinksTable;
  corpus_anchors: CorpusAnchorsTable;
  document_signatures: DocumentSignaturesTable;
  lsh_buckets: LshBucketsTable;
  duplicates: DuplicatesTable;
  event_records: EventRecordsTable;
  event_keys: EventKeysTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  decisions: DecisionsTable;
  document_versions: DocumentVersionsTable;
}

/** A documents row as read. */
export type DocumentRow = Selectable<DocumentsTable>;
/** A documents row as written. */
export type NewDocumentRow = Insertable<DocumentsTable>;
/** A location row as read or written (it has no generated columns). */
export type LocationRow = Selectable<DocumentLocationsTable>;
/** A layer row as read or written. */
export type LayerRow = Selectable<DocumentLayersTable>;
