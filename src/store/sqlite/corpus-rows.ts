import type { Kysely } from 'kysely';
import type { CorpusAnchor, Document } from '../../model/index.js';
import { layerRows, publishedDetail } from './document-rows.js';
import type { StoreDatabase } from './schema.js';

/** Inserts learned anchors inside the caller's transaction; an id already stored is left alone. */
export async function writeAnchors(
  db: Kysely<StoreDatabase>,
  anchors: readonly CorpusAnchor[],
): Promise<void> {
  for (let i = 0; i < anchors.length; i += 200) {
    await db
      .insertInto('corpus_anchors')
      .values(
        anchors.slice(i, i + 200).map((anchor) => ({
          id: anchor.id,
          doc_id: anchor.doc,
          label: anchor.label,
          date: anchor.date,
          cues: JSON.stringify(anchor.cues),
          span_start: anchor.span.start,
          span_end: anchor.span.end,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

export async function readAnchors(db: Kysely<StoreDatabase>): Promise<CorpusAnchor[]> {
  const rows = await db.selectFrom('corpus_anchors').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    date: row.date,
    cues: JSON.parse(row.cues) as string[],
    doc: row.doc_id,
    span: { start: row.span_start, end: row.span_end },
  }));
}

export async function readUndatedIds(db: Kysely<StoreDatabase>): Promise<string[]> {
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('published_basis', '=', 'unknown')
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.id);
}

/** Rewrites a stored document's date and layers inside the caller's transaction; the text stays. */
export async function replaceAnalysis(db: Kysely<StoreDatabase>, doc: Document): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set({
      published_value: doc.published.value,
      published_precision: doc.published.precision,
      published_basis: doc.published.basis,
      published_detail: publishedDetail(doc.published),
    })
    .where('id', '=', doc.id)
    .where('content_hash', '=', doc.contentHash)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom('document_layers').where('doc_id', '=', doc.id).execute();
  const layers = [...layerRows(doc)];
  if (layers.length > 0) await db.insertInto('document_layers').values(layers).execute();
  return true;
}
