import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration, MigrationDatabase } from '../migration-runner.js';
import { DECISION_KIND_CHECK } from '../decision-rows.js';
import { createTextSearch } from './text-search.js';

/**
 * The PostgreSQL schema's history: the same versions, names and tables as SQLITE_MIGRATIONS, in
 * PostgreSQL's SQL where it differs (identity columns, double precision, tsvector with GIN instead of
 * FTS5, an insertion-order column on event_keys in place of SQLite's rowid). Released entries are never
 * edited: a change is a new entry with the next version, in both dialects.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'documents', up: createDocuments },
  { version: 2, name: 'full-text-search', up: createTextSearch },
  { version: 3, name: 'actors', up: createActors },
  { version: 4, name: 'published-detail', up: addPublishedDetail },
  { version: 5, name: 'corpus-anchors', up: createCorpusAnchors },
  { version: 6, name: 'near-duplicates', up: createNearDuplicates },
  { version: 7, name: 'event-records', up: createEventRecords },
  { version: 8, name: 'feeds', up: createFeeds },
  { version: 9, name: 'decisions', up: createDecisions },
  { version: 10, name: 'document-versions', up: createDocumentVersions },
];

async function createDocuments(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table documents (
    seq integer generated always as identity primary key,
    id text not null unique,
    content_hash text not null unique,
    format text not null,
    title_text text,
    title text not null,
    text text not null,
    text_length integer not null,
    raw text not null,
    offset_map text not null,
    meta text not null,
    source text not null,
    published_value text,
    published_precision text not null,
    published_basis text not null,
    signals text not null,
    signal_count integer not null
  )`.execute(db);
  await sql`create table document_locations (
    doc_id text not null references documents (id) on delete cascade,
    position integer not null,
    location_key text not null,
    kind text not null check (kind in ('file', 'url')),
    ref text not null,
    line integer,
    item integer,
    constraint document_locations_pk primary key (doc_id, position),
    constraint document_locations_key unique (doc_id, location_key)
  )`.execute(db);
  await sql`create table document_layers (
    doc_id text not null references documents (id) on delete cascade,
    layer text not null,
    producer text,
    data text not null,
    constraint document_layers_pk primary key (doc_id, layer)
  )`.execute(db);
}

async function createActors(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table actors (
    id text primary key, kind text not null, name text not null, pack_actor text
  )`.execute(db);
  await sql`create table actor_keys (
    key text not null,
    actor_id text not null references actors (id) on delete cascade,
    constraint actor_keys_pk primary key (key, actor_id)
  )`.execute(db);
  await sql`create index actor_keys_actor on actor_keys (actor_id)`.execute(db);
  await sql`create table actor_links (
    doc_id text not null references documents (id) on delete cascade,
    entity_id text not null,
    actor_id text not null references actors (id) on delete cascade,
    constraint actor_links_pk primary key (doc_id, entity_id)
  )`.execute(db);
  await sql`create index actor_links_actor on actor_links (actor_id)`.execute(db);
}

async function addPublishedDetail(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`alter table documents add column published_detail text`.execute(db);
  // listUndatedDocumentIds reads only these, in ingest order.
  await sql`create index documents_undated on documents (seq) where published_basis = 'unknown'`.execute(db);
}

async function createCorpusAnchors(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table corpus_anchors (
    id text primary key,
    doc_id text not null references documents (id) on delete cascade,
    label text not null,
    date text not null,
    cues text not null,
    span_start integer not null,
    span_end integer not null
  )`.execute(db);
}

async function createNearDuplicates(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table document_signatures (
    doc_id text primary key references documents (id) on delete cascade,
    signature text not null,
    source text,
    published text
  )`.execute(db);
  await sql`create table lsh_buckets (
    key text not null,
    doc_id text not null references documents (id) on delete cascade,
    constraint lsh_buckets_pk primary key (key, doc_id)
  )`.execute(db);
  // double precision, not real: a float4 would read 0.91 back as 0.9100000262260437.
  await sql`create table duplicates (
    doc_id text primary key references documents (id) on delete cascade,
    of_doc_id text not null references documents (id) on delete cascade,
    similarity double precision not null,
    kind text not null
  )`.execute(db);
}

async function createEventRecords(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table event_records (
    doc_id text not null references documents (id) on delete cascade,
    idx integer not null,
    event_id text not null,
    data text not null,
    constraint event_records_pk primary key (doc_id, idx)
  )`.execute(db);
  await sql`create index event_records_event on event_records (event_id)`.execute(db);
  // seq orders a key's records newest first, as SQLite's rowid does.
  await sql`create table event_keys (
    key text not null,
    doc_id text not null references documents (id) on delete cascade,
    idx integer not null,
    seq bigint generated always as identity,
    constraint event_keys_pk primary key (key, doc_id, idx)
  )`.execute(db);
  await sql`create index event_keys_doc on event_keys (doc_id)`.execute(db);
  await sql`create index event_keys_recent on event_keys (key, seq desc)`.execute(db);
}

async function createFeeds(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table feeds (
    url text primary key,
    added_at text not null,
    interval_seconds integer not null,
    etag text,
    last_modified text,
    last_polled_at text,
    last_success_at text,
    last_error_at text,
    last_error text,
    consecutive_errors integer not null default 0,
    next_poll_at text not null,
    items_seen integer not null default 0,
    items_ingested integer not null default 0
  )`.execute(db);
  await sql`create table feed_items (
    feed_url text not null references feeds (url) on delete cascade,
    item_key text not null,
    first_seen_at text not null,
    constraint feed_items_pk primary key (feed_url, item_key)
  )`.execute(db);
}

async function createDecisions(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table decisions (
    id text primary key,
    kind text not null check (kind in (${sql.raw(DECISION_KIND_CHECK)})),
    target text not null,
    value text not null,
    author text not null,
    created_at text not null,
    reason text,
    revoked_at text
  )`.execute(db);
  await sql`create index decisions_target on decisions (target)`.execute(db);
}

async function createDocumentVersions(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create table document_versions (
    doc_id text primary key references documents (id) on delete cascade,
    url text,
    version integer not null,
    supersedes text,
    superseded_by text,
    retracted_by text,
    constraint document_versions_url_version unique (url, version)
  )`.execute(db);
}
