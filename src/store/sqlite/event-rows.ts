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

/** The stored records that answer to any of `keys`, in document ingest order then mention order. */
export async function readEventRecordsByKeys(
  db: Kysely<StoreDatabase>,
  keys: readonly string[],
): Promise<EventRecord[]> {
  const seen = new Set<string>();
  const found: Array<{ seq: number; idx: number; data: string }> = [];
  for (let i = 0; i < keys.length; i += 200) {
    const rows = await db
      .selectFrom('event_keys')
      .innerJoin('event_records', (join) =>
        join
          .onRef('event_records.doc_id', '=', 'event_keys.doc_id')
          .onRef('event_records.idx', '=', 'event_keys.idx'),
      )
      .innerJoin('documents', 'documents.id', 'event_records.doc_id')
      .select([
        'documents.seq as seq',
        'event_records.doc_id as docId',
        'event_records.idx as idx',
        'event_records.data as data',
      ])
      .where('event_keys.key', 'in', keys.slice(i, i + 200))
      .execute();
    for (const row of rows) {
      const id = `${row.docId}|${row.idx}`;
      if (seen.has(id)) continue;
      seen.add(id);
      found.push({ seq: row.seq, idx: row.idx, data: row.data });
    }
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
