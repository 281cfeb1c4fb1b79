import type { Kysely, Selectable } from 'kysely';
import { ParleyError } from '../model/index.js';
import type { FeedPollOutcome, FeedRecord } from './feeds.js';
import type { StoreDatabase } from './sqlite/schema.js';

/** One row per watched feed (migration 8, both backends). Times are ISO 8601 text. */
export interface FeedsTable {
  url: string;
  added_at: string;
  interval_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  consecutive_errors: number;
  next_poll_at: string;
  items_seen: number;
  items_ingested: number;
}

/** The items of a feed already read, by key (link, else text hash), so a poll reads only new ones. */
export interface FeedItemsTable {
  feed_url: string;
  item_key: string;
  first_seen_at: string;
}

const KEY_CHUNK = 500;

/** Inserts a feed due at `now`, or changes only the interval of a feed already there; returns the row. */
export async function upsertFeed(
  db: Kysely<StoreDatabase>,
  url: string,
  intervalSeconds: number,
  now: Date,
): Promise<FeedRecord> {
  if (!Number.isInteger(intervalSeconds) || intervalSeconds <= 0) {
    throw new ParleyError('E_USAGE', `a feed interval must be a positive whole number of seconds`, {
      hint: 'give --interval 300 for five minutes',
    });
  }
  const at = now.toISOString();
  await db
    .insertInto('feeds')
    .values({
      url,
      added_at: at,
      interval_seconds: intervalSeconds,
      consecutive_errors: 0,
      next_poll_at: at,
      items_seen: 0,
      items_ingested: 0,
    })
    .onConflict((oc) => oc.column('url').doUpdateSet({ interval_seconds: intervalSeconds }))
    .execute();
  const record = await readFeed(db, url);
  if (!record) throw new Error(`feed ${url} vanished right after it was written`);
  return record;
}

export async function readFeeds(db: Kysely<StoreDatabase>): Promise<FeedRecord[]> {
  const rows = await db.selectFrom('feeds').selectAll().orderBy('url').execute();
  return rows.map(toRecord);
}

export async function readFeed(db: Kysely<StoreDatabase>, url: string): Promise<FeedRecord | null> {
  const row = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Deletes a feed and its seen items inside the caller's transaction. */
export async function deleteFeed(db: Kysely<StoreDatabase>, url: string): Promise<boolean> {
  await db.deleteFrom('feed_items').where('feed_url', '=', url).execute();
  const result = await db.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function readUnseenKeys(
  db: Kysely<StoreDatabase>,
  url: string,
  keys: readonly string[],
): Promise<string[]> {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    const rows = await db
      .selectFrom('feed_items')
      .select('item_key')
      .where('feed_url', '=', url)
      .where('item_key', 'in', keys.slice(i, i + KEY_CHUNK))
      .execute();
    for (const row of rows) seen.add(row.item_key);
  }
  return [...new Set(keys)].filter((key) => !seen.has(key));
}

/** Writes one poll's outcome inside the caller's transaction; null when the feed is not watched. */
export async function writeFeedPoll(
  db: Kysely<StoreDatabase>,
  url: string,
  outcome: FeedPollOutcome,
): Promise<FeedRecord | null> {
  const base = { last_polled_at: outcome.at, next_poll_at: outcome.nextPollAt };
  let query = db.updateTable('feeds').where('url', '=', url);
  if (outcome.kind === 'failed') {
    query = query.set((eb) => ({
      ...base,
      last_error_at: outcome.at,
      last_error: outcome.error,
      consecutive_errors: eb('consecutive_errors', '+', 1),
    }));
  } else if (outcome.kind === 'not-modified') {
    query = query.set({ ...base, last_success_at: outcome.at, consecutive_errors: 0 });
  } else {
    const keys = [...new Set(outcome.newItemKeys)];
    query = query.set((eb) => ({
      ...base,
      last_success_at: outcome.at,
      consecutive_errors: 0,
      etag: outcome.etag,
      last_modified: outcome.lastModified,
      items_seen: eb('items_seen', '+', keys.length),
      items_ingested: eb('items_ingested', '+', outcome.itemsIngested),
    }));
  }
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  if (outcome.kind === 'fetched') await writeSeenKeys(db, url, outcome.newItemKeys, outcome.at);
  return readFeed(db, url);
}

async function writeSeenKeys(
  db: Kysely<StoreDatabase>,
  url: string,
  keys: readonly string[],
  at: string,
): Promise<void> {
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += KEY_CHUNK) {
    await db
      .insertInto('feed_items')
      .values(
        unique.slice(i, i + KEY_CHUNK).map((key) => ({ feed_url: url, item_key: key, first_seen_at: at })),
      )
      .onConflict((oc) => oc.columns(['feed_url', 'item_key']).doNothing())
      .execute();
  }
}

function toRecord(row: Selectable<FeedsTable>): FeedRecord {
  return {
    url: row.url,
    addedAt: row.added_at,
    intervalSeconds: Number(row.interval_seconds),
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    lastErrorAt: row.last_error_at,
    lastError: row.last_error,
    consecutiveErrors: Number(row.consecutive_errors),
    nextPollAt: row.next_poll_at,
    itemsSeen: Number(row.items_seen),
    itemsIngested: Number(row.items_ingested),
  };
}
