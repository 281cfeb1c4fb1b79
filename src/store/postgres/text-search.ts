import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { MigrationDatabase } from '../migration-runner.js';
import { MATCH_CLOSE, MATCH_OPEN, parseMarkedSnippet } from '../search-terms.js';
import type { SearchHit } from '../store.js';
import type { StoreDatabase } from '../sqlite/schema.js';
import { takeAdvisoryLock } from './advisory-locks.js';
import { unescapeNul } from './nul-escape.js';
import { retiredCondition } from '../version-rows.js';
import type { RetiredFilter } from '../versions.js';

/**
 * The text search configuration every query and vector uses: PostgreSQL's `simple` parser and dictionary
 * (no stemming and no stop words, like SQLite's unicode61), with `unaccent` in front for the word token
 * types, so case and diacritics fold and "Geneve" finds "Genève".
 */
export const SEARCH_CONFIG = 'parley_search';

/**
 * Creates the configuration and `documents_search`: one tsvector per document, the title weighted A and the
 * text B, under a GIN index. A separate table rather than a column on `documents`, so reading documents
 * (`select *`) never ships the vectors. The `unaccent` extension is created in `public` if missing, under
 * the database-wide `extension` lock, because extensions belong to the database, not to a schema.
 */
export async function createTextSearch(db: Kysely<MigrationDatabase>): Promise<void> {
  await takeAdvisoryLock(db, 'extension');
  await sql`create extension if not exists unaccent with schema public`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent'`.execute(db);
  const home = sql.id(rows[0]?.schema ?? 'public');
  await sql`create text search configuration ${sql.id(SEARCH_CONFIG)} (copy = pg_catalog.simple)`.execute(db);
  await sql`alter text search configuration ${sql.id(SEARCH_CONFIG)}
    alter mapping for hword, hword_part, word with ${home}.unaccent, pg_catalog.simple`.execute(db);
  await sql`create table documents_search (
    seq integer primary key references documents (seq) on delete cascade,
    vector tsvector not null
  )`.execute(db);
  await sql`create index documents_search_vector on documents_search using gin (vector)`.execute(db);
}

/**
 * Indexes one stored document inside the writer's transaction, from the row just inserted, so the text
 * is not sent to the server twice.
 */
export async function indexDocumentText(db: Kysely<StoreDatabase>, seq: number): Promise<void> {
  const config = sql.lit(SEARCH_CONFIG);
  await sql`insert into documents_search (seq, vector)
    select seq, setweight(to_tsvector(${config}, coalesce(title_text, '')), 'A')
      || setweight(to_tsvector(${config}, text), 'B')
    from documents where seq = ${seq}`.execute(db);
}

/** `indexDocumentText` for many stored documents in one statement. */
export async function indexDocumentTexts(db: Kysely<StoreDatabase>, seqs: readonly number[]): Promise<void> {
  const config = sql.lit(SEARCH_CONFIG);
  await sql`insert into documents_search (seq, vector)
    select seq, setweight(to_tsvector(${config}, coalesce(title_text, '')), 'A')
      || setweight(to_tsvector(${config}, text), 'B')
    from documents where seq = any(${[...seqs]}::integer[])`.execute(db);
}

/**
 * The tsquery for plain terms: each term a phrase (`phraseto_tsquery`), all ANDed, as FTS5 reads quoted
 * terms. Nothing in a term is an operator, so no input is a syntax error.
 */
function toTsQuery(terms: readonly string[]) {
  const config = sql.lit(SEARCH_CONFIG);
  return sql.join(
    terms.map((term) => sql`phraseto_tsquery(${config}, ${term})`),
    sql` && `,
  );
}

/** ts_headline's options: our match marks, and a short excerpt like SQLite's 16-token snippet. */
const HEADLINE_OPTIONS = `StartSel="${MATCH_OPEN}", StopSel="${MATCH_CLOSE}", MaxWords=24, MinWords=10`;

interface HitRow {
  id: string;
  title: string | null;
  marked: string;
  score: number;
}

/**
 * Best hits first: ts_rank with the title (A, 1.0) weighted twice the text (B, 0.5), ties in ingest order.
 * The GIN index finds the matches; ts_headline, which re-parses the text, runs only on the hits kept.
 */
export async function searchText(
  db: Kysely<StoreDatabase>,
  terms: readonly string[],
  limit: number,
  retired: RetiredFilter = 'exclude',
): Promise<SearchHit[]> {
  if (terms.length === 0 || limit === 0) return [];
  const config = sql.lit(SEARCH_CONFIG);
  const { rows } = await sql<HitRow>`
    with q as (select ${toTsQuery(terms)} as query),
    hits as (
      select d.seq, d.id, d.title_text, d.text, ts_rank('{0.1, 0.2, 0.5, 1.0}', s.vector, q.query) as score
      from q, documents_search s join documents d on d.seq = s.seq
      where s.vector @@ q.query ${retiredCondition(retired)}
      order by score desc, d.seq
      limit ${limit}
    )
    select hits.id, hits.title_text as title, hits.score,
      ts_headline(${config}, hits.text, q.query, ${HEADLINE_OPTIONS}) as marked
    from hits, q
    order by hits.score desc, hits.seq`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    title: unescapeNul(row.title),
    ...parseMarkedSnippet(unescapeNul(row.marked)),
    rank: row.score,
  }));
}
