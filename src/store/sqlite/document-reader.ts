import type { Kysely } from 'kysely';
import type { Document, LayerName } from '../../model/index.js';
import type { DocumentSummary } from '../store.js';
import { fromRows, toSummary } from './document-rows.js';
import type { DocumentRow, LayerRow, LocationRow, StoreDatabase } from './schema.js';

function groupByDoc<R extends { doc_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.doc_id);
    if (group) group.push(row);
    else groups.set(row.doc_id, [row]);
  }
  return groups;
}

/**
 * Rebuilds whole documents for document rows already read, with two more queries in all (locations,
 * layers) rather than two per document; with `only`, just those layers. Keeps the order of `rows`.
 */
export async function readDocuments(
  db: Kysely<StoreDatabase>,
  rows: readonly DocumentRow[],
  only?: readonly LayerName[],
): Promise<Document[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const locations: LocationRow[] = await db
    .selectFrom('document_locations')
    .selectAll()
    .where('doc_id', 'in', ids)
    .orderBy('doc_id')
    .orderBy('position')
    .execute();
  const layers: LayerRow[] =
    only?.length === 0
      ? []
      : await db
          .selectFrom('document_layers')
          .selectAll()
          .where('doc_id', 'in', ids)
          .$if(only !== undefined, (query) => query.where('layer', 'in', [...(only ?? [])]))
          .execute();
  const locationsByDoc = groupByDoc(locations);
  const layersByDoc = groupByDoc(layers);
  return rows.map((row) => fromRows(row, locationsByDoc.get(row.id) ?? [], layersByDoc.get(row.id) ?? []));
}

/** The document with this id, or null. */
export async function readDocument(db: Kysely<StoreDatabase>, id: string): Promise<Document | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [doc] = await readDocuments(db, [row]);
  return doc ?? null;
}

/**
 * Up to `limit` whole documents after ingest position `afterSeq` (with only the `layers` given, when
 * given), in ingest order, and the position to continue from. Keyset paging: documents put meanwhile never
 * shift a page.
 */
export async function readDocumentPage(
  db: Kysely<StoreDatabase>,
  afterSeq: number,
  limit: number,
  layers?: readonly LayerName[],
): Promise<{ documents: Document[]; lastSeq: number | null }> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return { documents: await readDocuments(db, rows, layers), lastSeq: rows.at(-1)?.seq ?? null };
}

/** A page of summaries in ingest order, then id; the first location joined in, never the text. */
export async function readSummaries(
  db: Kysely<StoreDatabase>,
  limit: number,
  offset: number,
): Promise<DocumentSummary[]> {
  const rows = await db
    .selectFrom('documents as d')
    .leftJoin('document_locations as l', (join) =>
      join.onRef('l.doc_id', '=', 'd.id').on('l.position', '=', 0),
    )
    .select(['d.id', 'd.title_text', 'd.source', 'd.format', 'd.signal_count', 'd.text_length'])
    .select(['d.published_value', 'd.published_precision', 'd.published_basis', 'd.published_detail'])
    .select(['l.kind', 'l.ref', 'l.line', 'l.item'])
    .orderBy('d.seq')
    .orderBy('d.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toSummary);
}

/** How many documents are stored. */
export async function countDocuments(db: Kysely<StoreDatabase>): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The id of the document with this content hash, or null. */
export async function findIdByContentHash(
  db: Kysely<StoreDatabase>,
  contentHash: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  return row?.id ?? null;
}
