import type { Kysely } from 'kysely';
import { ParleyError } from '../../model/index.js';
import type { Document } from '../../model/index.js';
import { checkStorable } from '../check-storable.js';
import type { PutResult } from '../store.js';
import { layerRows, newLocationRows, toDocumentRow } from '../sqlite/document-rows.js';
import type { LocationRow, StoreDatabase } from '../sqlite/schema.js';
import { escapeNul } from './nul-escape.js';
import { indexDocumentText } from './text-search.js';

function escapedLocations(rows: LocationRow[]): LocationRow[] {
  return rows.map((row) => ({ ...row, ref: escapeNul(row.ref) }));
}

/**
 * Writes one document inside the caller's transaction, race-free across connections: the row goes in with
 * `on conflict do nothing`, which waits for a concurrent insert of the same text to commit or roll back.
 * No target is named, because two puts of one document clash on `id` and `content_hash` at once, and only
 * the named index would be spared the unique violation. A new text then gets its search vector, layers
 * and locations; a known one is locked (`for update`) and gains only the locations not yet recorded, so
 * two puts adding locations to one document number them one after the other. An id already used by a
 * different text fails with E_STORE.
 */
export async function writeDocument(trx: Kysely<StoreDatabase>, doc: Document): Promise<PutResult> {
  checkStorable(doc);
  const row = toDocumentRow(doc);
  const inserted = await trx
    .insertInto('documents')
    .values({
      ...row,
      text: escapeNul(row.text),
      raw: escapeNul(row.raw),
      title_text: escapeNul(row.title_text ?? null),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('seq')
    .executeTakeFirst();
  if (!inserted) return addLocations(trx, doc);
  await indexDocumentText(trx, inserted.seq);
  const layers = [...layerRows(doc)];
  if (layers.length > 0) await trx.insertInto('document_layers').values(layers).execute();
  const locations = newLocationRows(doc.id, doc.locations, new Set(), 0);
  if (locations.length > 0)
    await trx.insertInto('document_locations').values(escapedLocations(locations)).execute();
  return { id: doc.id, status: 'inserted' };
}

async function addLocations(trx: Kysely<StoreDatabase>, doc: Document): Promise<PutResult> {
  const existing = await trx
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', doc.contentHash)
    .forUpdate()
    .executeTakeFirst();
  if (!existing) {
    throw new ParleyError('E_STORE', `document id ${doc.id} is already stored with a different text`, {
      hint: 'document ids derive from the content hash; check how this document was given its id',
    });
  }
  const id = existing.id;
  const known = await trx
    .selectFrom('document_locations')
    .select(['position', 'location_key'])
    .where('doc_id', '=', id)
    .execute();
  const next = known.reduce((max, row) => Math.max(max, row.position + 1), 0);
  const rows = newLocationRows(id, doc.locations, new Set(known.map((row) => row.location_key)), next);
  if (rows.length === 0) return { id, status: 'duplicate' };
  await trx.insertInto('document_locations').values(escapedLocations(rows)).execute();
  return { id, status: 'new-location' };
}
