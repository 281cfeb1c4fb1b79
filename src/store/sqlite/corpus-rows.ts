import type { Kysely } from 'kysely';
import type { CorpusAnchor, Document, DuplicateLink, StoredSignature } from '../../model/index.js';
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

/** At most this many earlier articles are compared with a new one: those sharing the most LSH bands. */
export const MAX_CANDIDATES = 50;

/** Indexes one signature inside the caller's transaction; see `Store.indexSignature`. */
export async function indexSignature(
  db: Kysely<StoreDatabase>,
  signature: StoredSignature,
  keys: readonly string[],
  decide: (candidates: StoredSignature[], taken: ReadonlySet<string>) => DuplicateLink | null,
): Promise<DuplicateLink | null> {
  const known = await db
    .selectFrom('document_signatures')
    .select('doc_id')
    .where('doc_id', '=', signature.docId)
    .executeTakeFirst();
  if (known) return null;
  // The candidates sharing the most band keys are the most similar; a bounded number keeps one article's
  // cost flat even in a corpus full of near-copies of it.
  const ranked =
    keys.length === 0
      ? []
      : await db
          .selectFrom('lsh_buckets')
          .select(['doc_id', (eb) => eb.fn.countAll<number>().as('shared')])
          .where('key', 'in', keys)
          .groupBy('doc_id')
          .orderBy('shared', 'desc')
          .orderBy('doc_id')
          .limit(MAX_CANDIDATES)
          .execute();
  const ids = new Set(ranked.map((row) => row.doc_id));
  const candidates: StoredSignature[] = [];
  const idList = [...ids];
  for (let i = 0; i < idList.length; i += 500) {
    const rows = await db
      .selectFrom('document_signatures as s')
      .innerJoin('documents as d', 'd.id', 's.doc_id')
      .select(['s.doc_id', 's.signature', 's.source', 's.published', 'd.seq'])
      .where('s.doc_id', 'in', idList.slice(i, i + 500))
      .orderBy('d.seq')
      .execute();
    for (const row of rows) {
      candidates.push({
        docId: row.doc_id,
        signature: JSON.parse(row.signature) as number[],
        source: row.source,
        published: row.published,
      });
    }
  }
  const taken = new Set<string>();
  for (let i = 0; i < idList.length; i += 500) {
    const rows = await db
      .selectFrom('duplicates')
      .select('doc_id')
      .where('doc_id', 'in', idList.slice(i, i + 500))
      .execute();
    for (const row of rows) taken.add(row.doc_id);
  }
  const link = decide(candidates, taken);
  if (link) {
    await db
      .insertInto('duplicates')
      .values({ doc_id: link.doc, of_doc_id: link.of, similarity: link.similarity, kind: link.kind })
      .execute();
  }
  await db
    .insertInto('document_signatures')
    .values({
      doc_id: signature.docId,
      signature: JSON.stringify(signature.signature),
      source: signature.source,
      published: signature.published,
    })
    .execute();
  if (keys.length > 0) {
    await db
      .insertInto('lsh_buckets')
      .values(keys.map((key) => ({ key, doc_id: signature.docId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return link;
}

export async function readDuplicates(db: Kysely<StoreDatabase>): Promise<DuplicateLink[]> {
  const rows = await db
    .selectFrom('duplicates as u')
    .innerJoin('documents as d', 'd.id', 'u.doc_id')
    .select(['u.doc_id', 'u.of_doc_id', 'u.similarity', 'u.kind'])
    .orderBy('d.seq')
    .execute();
  return rows.map((row) => ({
    doc: row.doc_id,
    of: row.of_doc_id,
    similarity: row.similarity,
    kind: row.kind as DuplicateLink['kind'],
  }));
}
