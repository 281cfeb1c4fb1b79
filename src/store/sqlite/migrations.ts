import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration, MigrationDatabase } from '../migration-runner.js';
import { DECISION_KIND_CHECK } from '../decision-rows.js';
import { createFts5Table } from './fts5.js';

async function createDocuments(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('title_text', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_length', 'integer', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('offset_map', 'text', (c) => c.notNull())
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('published_value', 'text')
    .addColumn('published_precision', 'text', (c) => c.notNull())
    .addColumn('published_basis', 'text', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    .addColumn('signal_count', 'integer', (c) => c.notNull())
    .execute();
}

async function createLocations(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('document_locations')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('location_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('file', 'url')`))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('line', 'integer')
    .addColumn('item', 'integer')
    .addPrimaryKeyConstraint('document_locations_pk', ['doc_id', 'position'])
    .addUniqueConstraint('document_locations_key', ['doc_id', 'location_key'])
    .execute();
}

async function createLayers(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('document_layers')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('layer', 'text', (c) => c.notNull())
    .addColumn('producer', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_layers_pk', ['doc_id', 'layer'])
    .execute();
}

/**
 * Actors across articles (issue #3): each actor, the merge keys it answers to (indexed, so resolution
 * reads only the actors a new article could join), and which document entity belongs to which actor.
 */
async function createActors(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pack_actor', 'text')
    .execute();
  await db.schema
    .createTable('actor_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('actor_keys_pk', ['key', 'actor_id'])
    .execute();
  await db.schema
    .createTable('actor_links')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('actor_links_pk', ['doc_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('actor_links_actor').on('actor_links').column('actor_id').execute();
}

/** An inferred publication date keeps its range, evidence and reason as JSON beside the plain columns. */
async function addPublishedDetail(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('published_detail', 'text').execute();
}

/** Events dated by one article, learned to date the others (see src/corpus/learn-anchors.ts). */
async function createCorpusAnchors(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('corpus_anchors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('cues', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .execute();
}

/** MinHash signatures, their LSH band keys, and the duplicate links found through them (issue #7). */
async function createNearDuplicates(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('document_signatures')
    .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('published', 'text')
    .execute();
  await db.schema
    .createTable('lsh_buckets')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('lsh_buckets_pk', ['key', 'doc_id'])
    .execute();
  await db.schema
    .createTable('duplicates')
    .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('of_doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('similarity', 'real', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
}

/** Event mentions merged across articles (issue #6), and the keys that find merge candidates. */
async function createEventRecords(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('event_records')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_records_pk', ['doc_id', 'idx'])
    .execute();
  await db.schema.createIndex('event_records_event').on('event_records').column('event_id').execute();
  await db.schema
    .createTable('event_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_keys_pk', ['key', 'doc_id', 'idx'])
    .execute();
  await db.schema.createIndex('event_keys_doc').on('event_keys').column('doc_id').execute();
}

/** Watched feeds and their health, and the items each has already given (issue #9, `parley watch`). */
async function createFeeds(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('consecutive_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('items_ingested', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('feed_items')
    .addColumn('feed_url', 'text', (c) => c.notNull().references('feeds.url').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_items_pk', ['feed_url', 'item_key'])
    .execute();
}

/** Analyst decisions (issue #10): corrections applied after inference, kept when revoked. */
async function createDecisions(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in (${DECISION_KIND_CHECK})`)))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('decisions_target').on('decisions').column('target').execute();
}

/**
 * Versions of an article (issue #10): which document replaced which at one URL, and which were retracted.
 * A document is a version of at most one URL; `(url, version)` is unique.
 */
async function createDocumentVersions(db: Kysely<MigrationDatabase>): Promise<void> {
  await db.schema
    .createTable('document_versions')
    .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('url', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('supersedes', 'text')
    .addColumn('superseded_by', 'text')
    .addColumn('retracted_by', 'text')
    .addUniqueConstraint('document_versions_url_version', ['url', 'version'])
    .execute();
}

/**
 * The SQLite schema's history, oldest first. Released entries are never edited: a change is a new entry
 * with the next version (see `runMigrations`).
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents',
    async up(db) {
      await createDocuments(db);
      await createLocations(db);
      await createLayers(db);
    },
  },
  { version: 2, name: 'full-text-search', up: createFts5Table },
  { version: 3, name: 'actors', up: createActors },
  { version: 4, name: 'published-detail', up: addPublishedDetail },
  { version: 5, name: 'corpus-anchors', up: createCorpusAnchors },
  { version: 6, name: 'near-duplicates', up: createNearDuplicates },
  { version: 7, name: 'event-records', up: createEventRecords },
  { version: 8, name: 'feeds', up: createFeeds },
  { version: 9, name: 'decisions', up: createDecisions },
  { version: 10, name: 'document-versions', up: createDocumentVersions },
];
