import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { EventRecord } from '../../model/index.js';
import type { StoreDatabase } from './schema.js';

/** Removes the event records (and their keys) of the given documents, inside the caller's transaction. */
export async function deleteEventRecords(
  db: Kysely<StoreDatabase>,
  docIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < docIds.length; i += 200) {
    const chunk = docIds.slice(i, i + 200);
    await db.deleteFrom('event_keys').where('doc_id', 'in', chunk).execute();
    await db.deleteFrom('event_records').where('doc_id', 'in', chunk).execute();
  }
}

/**
 * How many records one key yields, the most recently stored first. A busy subject ("meetings with Putin
 * this month") can hold thousands; the latest reports are the ones a new report is likely to join, and
 * reading them all would make each new article cost more than the last.
 */
export const MAX_RECORDS_PER_KEY = 100;

/** The stored records that answer to any of `keys` (at most `MAX_RECORDS_PER_KEY` each), in ingest order. */
export async function readEventRecordsByKeys(
  db: Kysely<StoreDatabase>,
  keys: readonly string[],
): Promise<EventRecord[]> {
  const wanted = new Map<string, { docId: string; idx: number }>();
  for (const key of keys) {
    const rows = await db
      .selectFrom('event_keys')
      .select(['doc_id', 'idx'])
      .where('key', '=', key)
      .orderBy(sql`rowid`, 'desc')
      .limit(MAX_RECORDS_PER_KEY)
      .execute();
    for (const row of rows) wanted.set(`${row.doc_id}|${row.idx}`, { docId: row.doc_id, idx: row.idx });
  }
  const byDoc = new Map<string, number[]>();
  for (const { docId, idx } of wanted.values()) byDoc.set(docId, [...(byDoc.get(docId) ?? []), idx]);
  const docIds = [...byDoc.keys()];
  const found: Array<{ seq: number; idx: number; data: string }> = [];
  for (let i = 0; i < docIds.length; i += 200) {
    const rows = await db
      .selectFrom('event_records')
      .innerJoin('documents', 'documents.id', 'event_records.doc_id')
      .select([
        'documents.seq as seq',
        'event_records.doc_id as docId',
        'event_records.idx as idx',
        'event_records.data as data',
      ])
      .where('event_records.doc_id', 'in', docIds.slice(i, i + 200))
      .execute();
    for (const row of rows) if (wanted.has(`${row.docId}|${row.idx}`)) found.push(row);
  }
  return found
    .sort((a, b) => a.seq - b.seq || a.idx - b.idx)
    .map((row) => JSON.parse(row.data) as EventRecord);
}

/** Inserts records and their keys inside the caller's transaction. */
export async function writeEventRecords(
  db: Kysely<StoreDatabase>,
  records: readonly EventRecord[],
): Promise<void> {
  for (let i = 0; i < records.length; i += 100) {
    const chunk = records.slice(i, i + 100);
    await db
      .insertInto('event_records')
      .values(
        chunk.map((r) => ({ doc_id: r.docId, idx: r.index, event_id: r.eventId, data: JSON.stringify(r) })),
      )
      .execute();
    const keys = chunk.flatMap((r) =>
      [...new Set(r.keys)].map((key) => ({ key, doc_id: r.docId, idx: r.index })),
    );
    for (let k = 0; k < keys.length; k += 300)
      await db
        .insertInto('event_keys')
        .values(keys.slice(k, k + 300))
        .execute();
  }
}

/** Every event record, in document ingest order then mention order. */
export async function readEventRecords(db: Kysely<StoreDatabase>): Promise<EventRecord[]> {
  const rows = await db
    .selectFrom('event_records')
    .innerJoin('documents', 'documents.id', 'event_records.doc_id')
    .select(['event_records.data as data'])
    .orderBy('documents.seq')
    .orderBy('event_records.idx')
    .execute();
  return rows.map((row) => JSON.parse(row.data) as EventRecord);
}
