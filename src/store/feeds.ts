/**
 * One watched feed and its health, as `parley feeds` shows it. Times are ISO 8601 strings in UTC, written
 * from the caller's clock (the store never reads one), so tests and several machines agree on them.
 */
export interface FeedRecord {
  url: string;
  addedAt: string;
  /** The normal time between two polls of this feed, in seconds. */
  intervalSeconds: number;
  /** The validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  /** The last error as one line (code, message); kept after a later success so a flaky feed shows. */
  lastError: string | null;
  /** Failed polls in a row; 0 after a success. The poller's backoff grows with it. */
  consecutiveErrors: number;
  /** When the feed is due next; a new feed is due at once. */
  nextPollAt: string;
  /** Distinct items (by link, else by text) ever read from the feed. */
  itemsSeen: number;
  /** Articles those items added to the store (an item whose text was already stored adds none). */
  itemsIngested: number;
}

/** What one poll of a feed came to; `at` is when it was made and `nextPollAt` when the feed is due again. */
export type FeedPollOutcome =
  | {
      kind: 'fetched';
      at: string;
      nextPollAt: string;
      etag: string | null;
      lastModified: string | null;
      /** Keys of the items read for the first time in this poll; recorded so later polls skip them. */
      newItemKeys: readonly string[];
      /** Articles this poll added to the store. */
      itemsIngested: number;
    }
  | { kind: 'not-modified'; at: string; nextPollAt: string }
  | { kind: 'failed'; at: string; nextPollAt: string; error: string };
