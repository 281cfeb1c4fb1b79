import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { MigrationDatabase } from '../migration-runner.js';
import { MATCH_CLOSE, MATCH_OPEN, parseMarkedSnippet } from '../search-terms.js';
import type { SearchHit } from '../store.js';
import type { StoreDatabase } from './schema.js';
import { retiredCondition } from '../version-rows.js';
import type { RetiredFilter } from '../versions.js';

/**
 * The SQLite-only half of full-text search. `documents_fts` is an FTS5 table with external content: it
 * indexes `documents.title_text` and `documents.text` by `seq` without keeping a second copy of the text.
 * `unicode61 remove_diacritics 2` folds case and diacritics, so "Geneve" finds "Genève".
 */
export async function createFts5Table(db: Kysely<MigrationDatabase>): Promise<void> {
  await sql`create virtual table documents_fts using fts5(
    title_text, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
}

/**
 * Adds one document to the index. External-content tables are not kept in sync by SQLite, so the writer
 * calls this in the same transaction as the documents insert; nothing is ever updated or deleted.
 */
export async function indexDocumentText(
  db: Kysely<StoreDatabase>,
  seq: number,
  titleText: string | null,
  text: string,
): Promise<void> {
  await sql`insert into documents_fts (rowid, title_text, text) values (${seq}, ${titleText}, ${text})`.execute(
    db,
  );
}

/**
 * The FTS5 MATCH expression for plain terms: each term a quoted string (inner quotes doubled), joined by
 * spaces, which FTS5 reads as AND. Inside quotes nothing is an operator, so no term can raise a syntax
 * error; punctuation inside a term only separates the words of a phrase.
 */
export function toFts5Match(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

interface HitRow {
  id: string;
  title: string | null;
  marked: string | null;
  score: number;
}

/**
 * Best hits first: bm25 with the title weighted twice the body (FTS5's bm25 is lower-is-better, so the
 * score is negated), ties in ingest order. The snippet is cut from the clean text around the matches.
 */
export async function searchFts5(
  db: Kysely<StoreDatabase>,
  terms: readonly string[],
  limit: number,
  retired: RetiredFilter = 'exclude',
): Promise<SearchHit[]> {
  if (terms.length === 0 || limit === 0) return [];
  const { rows } = await sql<HitRow>`
    select d.id as id, d.title_text as title,
      snippet(documents_fts, 1, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', 16) as marked,
      bm25(documents_fts, 2.0, 1.0) as score
    from documents_fts join documents d on d.seq = documents_fts.rowid
    where documents_fts match ${toFts5Match(terms)} ${retiredCondition(retired)}
    order by score, d.seq
    limit ${limit}`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    ...parseMarkedSnippet(row.marked ?? ''),
    rank: -row.score,
  }));
}
