import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { EventRecord } from '../../model/index.js';
import { MAX_RECORDS_PER_KEY } from '../sqlite/event-rows.js';
import type { StoreDatabase } from '../sqlite/schema.js';

/** Deleting, writing and listing records is plain kysely, shared with the SQLite backend. */
export { deleteEventRecords, readEventRecords, writeEventRecords } from '../sqlite/event-rows.js';

/**
 * The stored records that answer to any of `keys`, at most MAX_RECORDS_PER_KEY per key (the most recently
 * stored, by `event_keys.seq`, where SQLite uses its rowid), in ingest order then mention order.
 */
export async function readEventRecordsByKeys(
  db: Kysely<StoreDatabase>,
  keys: readonly string[],
): Promise<EventRecord[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<{ data: string }>`
    with wanted as (
      select distinct k.doc_id, k.idx
      from unnest(${[...keys]}::text[]) as asked(key)
      cross join lateral (
        select doc_id, idx from event_keys where event_keys.key = asked.key
        order by seq desc limit ${MAX_RECORDS_PER_KEY}
      ) k
    )
    select r.data from wanted w
    join event_records r on r.doc_id = w.doc_id and r.idx = w.idx
    join documents d on d.id = r.doc_id
    order by d.seq, r.idx`.execute(db);
  return rows.map((row) => JSON.parse(row.data) as EventRecord);
}
