import { chunk } from '../chunk.js';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { ParleyError } from '../../model/index.js';
import type { Document } from '../../model/index.js';
import { checkStorable } from '../check-storable.js';
import type { PutResult } from '../store.js';
import { storeError } from '../store-error.js';
import { layerRows, newLocationRows, toDocumentRow } from '../sqlite/document-rows.js';
import type { LocationRow, NewDocumentRow, StoreDatabase } from '../sqlite/schema.js';
import { escapeNul } from './nul-escape.js';
import { indexDocumentText, indexDocumentTexts } from './text-search.js';

/** The documents row with its text columns escaped for PostgreSQL (U+0000). */
function escapedDocumentRow(doc: Document): NewDocumentRow {
  const row = toDocumentRow(doc);
  return {
    ...row,
    text: escapeNul(row.text),
    raw: escapeNul(row.raw),
    title_text: escapeNul(row.title_text ?? null),
  };
}

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
  const inserted = await trx
    .insertInto('documents')
    .values(escapedDocumentRow(doc))
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

/**
 * Writes a batch inside the caller's transaction with the same results, in order, as `writeDocument` on
 * each document in turn, but in a few statements for the whole batch instead of four per document: each
 * statement is a round trip to the server, and round trips were most of what ingest spent on PostgreSQL.
 * The rows go in with one `insert … on conflict do nothing returning id`; the documents it returns are
 * new and get their search vectors, layers and locations in one statement each (a second copy of a text
 * in the batch conflicts with the first and is handled after it as a known text, as it would have been).
 * The fast path runs under a savepoint: when any of its statements fails, it is undone and the batch is
 * written again one document at a time, so the error names the document that caused it.
 */
export async function writeDocuments(
  trx: Kysely<StoreDatabase>,
  docs: readonly Document[],
): Promise<PutResult[]> {
  for (const [index, doc] of docs.entries()) {
    try {
      checkStorable(doc);
    } catch (error) {
      throw batchError(index, doc, error);
    }
  }
  await sql`savepoint parley_batch`.execute(trx);
  try {
    const results = await writeBatch(trx, docs);
    await sql`release savepoint parley_batch`.execute(trx);
    return results;
  } catch {
    await sql`rollback to savepoint parley_batch`.execute(trx);
  }
  const results: PutResult[] = [];
  for (const [index, doc] of docs.entries()) {
    try {
      results.push(await writeDocument(trx, doc));
    } catch (error) {
      throw batchError(index, doc, error);
    }
  }
  return results;
}

async function writeBatch(trx: Kysely<StoreDatabase>, docs: readonly Document[]): Promise<PutResult[]> {
  const rows = docs.map(escapedDocumentRow);
  const inserted = new Map<string, number>();
  for (const part of chunk(rows, ROWS_PER_STATEMENT)) {
    const returned = await trx
      .insertInto('documents')
      .values(part)
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'seq'])
      .execute();
    for (const { id, seq } of returned) inserted.set(id, seq);
  }
  // The first copy of each new text, by its place in the batch.
  const fresh = new Map<string, Document>();
  const firstAt = new Set<number>();
  for (const [index, doc] of docs.entries()) {
    if (!inserted.has(doc.id) || fresh.has(doc.id)) continue;
    fresh.set(doc.id, doc);
    firstAt.add(index);
  }
  if (fresh.size > 0) {
    await indexDocumentTexts(trx, [...inserted.values()]);
    const layers = [...fresh.values()].flatMap((doc) => [...layerRows(doc)]);
    for (const part of chunk(layers, ROWS_PER_STATEMENT))
      await trx.insertInto('document_layers').values(part).execute();
    const locations = [...fresh.values()].flatMap((doc) =>
      escapedLocations(newLocationRows(doc.id, doc.locations, new Set(), 0)),
    );
    for (const part of chunk(locations, ROWS_PER_STATEMENT))
      await trx.insertInto('document_locations').values(part).execute();
  }
  const results: PutResult[] = [];
  for (const [index, doc] of docs.entries()) {
    if (firstAt.has(index)) results.push({ id: doc.id, status: 'inserted' });
    else results.push(await addLocations(trx, doc));
  }
  return results;
}

/** Rows per multi-row insert: PostgreSQL takes at most 65,535 parameters a statement. */
const ROWS_PER_STATEMENT = 500;

function batchError(index: number, doc: Document, error: unknown): ParleyError {
  return storeError(`store document ${index + 1} (${doc.id}); none of the batch was stored`, error);
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
