import type { Kysely } from 'kysely';
import type { Document } from '../../model/index.js';
import { checkStorable } from '../check-storable.js';
import type { PutResult } from '../store.js';
import { layerRows, newLocationRows, toDocumentRow } from './document-rows.js';
import { indexDocumentText } from './fts5.js';
import type { StoreDatabase } from './schema.js';

/**
 * Writes one document inside the caller's transaction: a new text gets its row, full-text entry, layers and
 * locations (in that order, so a failure anywhere leaves rows for the transaction to roll back); a known
 * text (same content hash) only gains the locations not yet recorded. Text SQLite would alter is refused.
 */
export async function writeDocument(trx: Kysely<StoreDatabase>, doc: Document): Promise<PutResult> {
  checkStorable(doc);
  const existing = await trx
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', doc.contentHash)
    .executeTakeFirst();
  if (existing) return addLocations(trx, existing.id, doc);
  const { seq } = await trx
    .insertInto('documents')
    .values(toDocumentRow(doc))
    .returning('seq')
    .executeTakeFirstOrThrow();
  await indexDocumentText(trx, seq, doc.title?.text ?? null, doc.text);
  const layers = [...layerRows(doc)];
  if (layers.length > 0) await trx.insertInto('document_layers').values(layers).execute();
  const locations = newLocationRows(doc.id, doc.locations, new Set(), 0);
  if (locations.length > 0) await trx.insertInto('document_locations').values(locations).execute();
  return { id: doc.id, status: 'inserted' };
}

async function addLocations(trx: Kysely<StoreDatabase>, id: string, doc: Document): Promise<PutResult> {
  const known = await trx
    .selectFrom('document_locations')
    .select(['position', 'location_key'])
    .where('doc_id', '=', id)
    .execute();
  const next = known.reduce((max, row) => Math.max(max, row.position + 1), 0);
  const rows = newLocationRows(id, doc.locations, new Set(known.map((row) => row.location_key)), next);
  if (rows.length === 0) return { id, status: 'duplicate' };
  await trx.insertInto('document_locations').values(rows).execute();
  return { id, status: 'new-location' };
}
