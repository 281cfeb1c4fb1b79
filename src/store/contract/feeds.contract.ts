import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';

const FEED = 'https://news.example.org/feed.xml';
const OTHER = 'https://wire.example.net/atom';
const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (minutes: number): string => new Date(T0.getTime() + minutes * 60_000).toISOString();

/** Watched feeds: adding, health after polls (success, 304, failure), items seen, removing. */
export function describeFeedsContract(context: ContractContext): void {
  describe('feeds', () => {
    it('adds a feed due at once, and a second put changes only its interval', async () => {
      const added = await context.store.putFeed(FEED, 300, T0);
      expect(added).toEqual({
        url: FEED,
        addedAt: T0.toISOString(),
        intervalSeconds: 300,
        etag: null,
        lastModified: null,
        lastPolledAt: null,
        lastSuccessAt: null,
        lastErrorAt: null,
        lastError: null,
        consecutiveErrors: 0,
        nextPollAt: T0.toISOString(),
        itemsSeen: 0,
        itemsIngested: 0,
      });
      await context.store.recordFeedPoll(FEED, { kind: 'not-modified', at: at(1), nextPollAt: at(6) });
      const again = await context.store.putFeed(FEED, 60, new Date(at(2)));
      expect(again).toMatchObject({ intervalSeconds: 60, addedAt: T0.toISOString(), nextPollAt: at(6) });
      await context.store.putFeed(OTHER, 900, T0);
      expect((await context.store.listFeeds()).map((feed) => feed.url)).toEqual([FEED, OTHER]);
    });

    it('refuses an interval that is not a positive whole number', async () => {
      for (const bad of [0, -5, 1.5, Number.NaN]) {
        const failure = await context.store.putFeed(FEED, bad, T0).catch((error: unknown) => error);
        expect(isParleyError(failure, 'E_USAGE')).toBe(true);
      }
      expect(await context.store.listFeeds()).toEqual([]);
    });

    it('records a fetch: validators, counts, and the items seen, which later polls skip', async () => {
      await context.store.putFeed(FEED, 300, T0);
      expect(await context.store.unseenFeedItems(FEED, ['a', 'b'])).toEqual(['a', 'b']);
      const first = await context.store.recordFeedPoll(FEED, {
        kind: 'fetched',
        at: at(0),
        nextPollAt: at(5),
        etag: '"v1"',
        lastModified: 'Sun, 01 Mar 2026 09:59:00 GMT',
        newItemKeys: ['a', 'b'],
        itemsIngested: 2,
      });
      expect(first).toMatchObject({ etag: '"v1"', itemsSeen: 2, itemsIngested: 2, lastSuccessAt: at(0) });
      expect(await context.store.unseenFeedItems(FEED, ['c', 'a', 'b', 'd'])).toEqual(['c', 'd']);
      expect(await context.store.unseenFeedItems(OTHER, ['a'])).toEqual(['a']);
      const second = await context.store.recordFeedPoll(FEED, {
        kind: 'fetched',
        at: at(5),
        nextPollAt: at(10),
        etag: '"v2"',
        lastModified: null,
        newItemKeys: ['c'],
        itemsIngested: 0,
      });
      expect(second).toMatchObject({ etag: '"v2"', lastModified: null, itemsSeen: 3, itemsIngested: 2 });
    });

    it('counts failures in a row, keeps the validators, and resets on a 304', async () => {
      await context.store.putFeed(FEED, 300, T0);
      await context.store.recordFeedPoll(FEED, {
        kind: 'fetched',
        at: at(0),
        nextPollAt: at(5),
        etag: '"v1"',
        lastModified: null,
        newItemKeys: [],
        itemsIngested: 0,
      });
      const error = 'E_FETCH_STATUS: the server answered 500';
      await context.store.recordFeedPoll(FEED, { kind: 'failed', at: at(5), nextPollAt: at(15), error });
      const twice = await context.store.recordFeedPoll(FEED, {
        kind: 'failed',
        at: at(15),
        nextPollAt: at(35),
        error,
      });
      expect(twice).toMatchObject({
        consecutiveErrors: 2,
        etag: '"v1"',
        lastErrorAt: at(15),
        lastError: error,
        lastSuccessAt: at(0),
        nextPollAt: at(35),
      });
      const healed = await context.store.recordFeedPoll(FEED, {
        kind: 'not-modified',
        at: at(35),
        nextPollAt: at(40),
      });
      expect(healed).toMatchObject({ consecutiveErrors: 0, lastSuccessAt: at(35), lastError: error });
    });

    it('removes a feed and its items, and knows nothing of feeds it does not watch', async () => {
      await context.store.putFeed(FEED, 300, T0);
      await context.store.recordFeedPoll(FEED, {
        kind: 'fetched',
        at: at(0),
        nextPollAt: at(5),
        etag: null,
        lastModified: null,
        newItemKeys: ['a'],
        itemsIngested: 1,
      });
      expect(await context.store.removeFeed(FEED)).toBe(true);
      expect(await context.store.removeFeed(FEED)).toBe(false);
      expect(await context.store.listFeeds()).toEqual([]);
      const poll = { kind: 'not-modified', at: at(1), nextPollAt: at(2) } as const;
      expect(await context.store.recordFeedPoll(FEED, poll)).toBeNull();
      await context.store.putFeed(FEED, 300, T0);
      expect(await context.store.unseenFeedItems(FEED, ['a'])).toEqual(['a']);
      const reopened = await context.fixture.reopen();
      expect((await reopened.listFeeds()).map((feed) => feed.url)).toEqual([FEED]);
    });
  });
}
