import type { Kysely } from 'kysely';
import type { Document, LayerName } from '../../model/index.js';
import * as shared from '../sqlite/document-reader.js';
import type { StoreDatabase } from '../sqlite/schema.js';
import type { DocumentSummary } from '../store.js';
import { unescapeDocument, unescapeSummary } from './nul-escape.js';

/**
 * The readers of the SQLite backend (plain kysely, the same table layout) with PostgreSQL's NUL escape
 * undone on the way out. `countDocuments` and `findIdByContentHash` touch no escaped column.
 */
export const { countDocuments, findIdByContentHash } = shared;

/** The document with this id as it was put, or null. */
export async function readDocument(db: Kysely<StoreDatabase>, id: string): Promise<Document | null> {
  const doc = await shared.readDocument(db, id);
  return doc && unescapeDocument(doc);
}

/** A keyset page of whole documents after `afterSeq`, in ingest order (see the SQLite reader). */
export async function readDocumentPage(
  db: Kysely<StoreDatabase>,
  afterSeq: number,
  limit: number,
  layers?: readonly LayerName[],
): Promise<{ documents: Document[]; lastSeq: number | null }> {
  const page = await shared.readDocumentPage(db, afterSeq, limit, layers);
  return { ...page, documents: page.documents.map(unescapeDocument) };
}

/** A page of summaries in ingest order, then id. */
export async function readSummaries(
  db: Kysely<StoreDatabase>,
  limit: number,
  offset: number,
): Promise<DocumentSummary[]> {
  return (await shared.readSummaries(db, limit, offset)).map(unescapeSummary);
}
