import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { FeedPoller } from './feed-poller.js';
import type { FeedPollerOptions } from './feed-poller.js';
import { startFeedServer, TEST_ITEMS } from './test-feed-server.js';
import type { TestFeedServer } from './test-feed-server.js';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');

/**
 * The poller against a real RSS server on loopback and a real SQLite file. Time is a fake clock that only
 * the poller's sleep moves (and the tests, between polls), so backoff and spacing are checked exactly.
 */
describe('FeedPoller', () => {
  let dir: string;
  let store: Store;
  let server: TestFeedServer;
  let clock: number;
  let sleeps: number[];
  const now = (): Date => new Date(clock);
  const sleep = async (ms: number): Promise<void> => {
    sleeps.push(ms);
    clock += ms;
  };
  const poller = (options: Partial<FeedPollerOptions> = {}): FeedPoller =>
    new FeedPoller({ store, now, sleep, hostDelaySeconds: 10, timeoutMs: 2000, ...options });
  const advance = (seconds: number): void => {
    clock += seconds * 1000;
  };

  beforeEach(async () => {
    clock = T0;
    sleeps = [];
    dir = mkdtempSync(join(tmpdir(), 'parley-feeds-'));
    store = await openStore(join(dir, 'parley.db'));
    server = await startFeedServer(() => clock);
  });
  afterEach(async () => {
    await store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests new items once as the feed changes, and a 304 ingests nothing but counts as success', async () => {
    const url = `${server.origin}/feed.xml`;
    server.setItems(TEST_ITEMS.slice(0, 2));
    await store.putFeed(url, 300, now());
    const first = await poller().pollDue();
    expect(first.map((r) => [r.outcome, r.newItems, r.ingested])).toEqual([['fetched', 2, 2]]);
    const stored = await store.listDocuments();
    expect(stored.map((doc) => doc.title)).toEqual(['Port talks open in Valmora', 'Wage offer tabled']);
    expect(stored[0]?.firstLocation).toEqual({ kind: 'url', ref: url, item: 1 });
    expect(await poller().pollDue()).toEqual([]); // not due for 300 s

    advance(300);
    const unchanged = await poller().pollDue();
    expect(unchanged.map((r) => r.outcome)).toEqual(['not-modified']);
    expect(server.requests.map((r) => [r.ifNoneMatch, r.status])).toEqual([
      [null, 200],
      ['"v2"', 304],
    ]);
    expect(unchanged[0]?.feed).toMatchObject({
      lastSuccessAt: new Date(clock).toISOString(),
      nextPollAt: new Date(clock + 300_000).toISOString(),
      itemsSeen: 2,
      itemsIngested: 2,
    });

    server.setItems(TEST_ITEMS.slice(0, 3));
    advance(300);
    const changed = await poller().pollDue();
    expect(changed.map((r) => [r.outcome, r.newItems, r.ingested])).toEqual([['fetched', 1, 1]]);
    expect(await store.countDocuments()).toBe(3);

    // The same text under a new link: a new item, but the same article by content hash, so no new document.
    const copy = { ...TEST_ITEMS[0]!, link: 'https://harbour.example.org/talks-open-copy' };
    server.setItems([...TEST_ITEMS, copy]);
    advance(300);
    const copied = await poller().pollDue();
    expect(copied.map((r) => [r.outcome, r.newItems, r.ingested])).toEqual([['fetched', 1, 0]]);
    expect(await store.countDocuments()).toBe(3);
    expect(copied[0]?.feed).toMatchObject({ itemsSeen: 4, itemsIngested: 3, consecutiveErrors: 0 });
  });

  it('records a 500 and a timeout as errors with a growing backoff, then recovers', async () => {
    const url = `${server.origin}/feed.xml`;
    server.setItems(TEST_ITEMS.slice(0, 1));
    await store.putFeed(url, 300, now());
    server.mode = 'fail';
    const failed = await poller().pollDue();
    expect(failed[0]?.error).toMatch(/^E_FETCH_STATUS the server answered 500/);
    expect(failed[0]?.feed).toMatchObject({
      consecutiveErrors: 1,
      lastErrorAt: new Date(T0).toISOString(),
      nextPollAt: new Date(T0 + 600_000).toISOString(),
      lastSuccessAt: null,
    });

    advance(599);
    expect(await poller().pollDue()).toEqual([]); // backing off: not yet due
    advance(1);
    server.mode = 'hang';
    const timedOut = await poller({ timeoutMs: 200 }).pollDue();
    expect(timedOut[0]?.error).toMatch(/^E_FETCH_TIMEOUT/);
    expect(timedOut[0]?.feed).toMatchObject({
      consecutiveErrors: 2,
      nextPollAt: new Date(clock + 1_200_000).toISOString(),
    });

    advance(1200);
    server.mode = 'ok';
    const healed = await poller().pollDue();
    expect(healed.map((r) => [r.outcome, r.ingested])).toEqual([['fetched', 1]]);
    expect(healed[0]?.feed).toMatchObject({
      consecutiveErrors: 0,
      lastSuccessAt: new Date(clock).toISOString(),
      nextPollAt: new Date(clock + 300_000).toISOString(),
      lastError: expect.stringMatching(/^E_FETCH_TIMEOUT/) as unknown,
    });
    expect(await store.countDocuments()).toBe(1);
  });

  it('records a feed cut off mid-item as malformed, and keeps the items it had read', async () => {
    const url = `${server.origin}/feed.xml`;
    server.setItems(TEST_ITEMS.slice(0, 2));
    await store.putFeed(url, 300, now());
    await poller().pollDue();
    server.setItems(TEST_ITEMS.slice());
    server.mode = 'broken';
    advance(300);
    const [report] = await poller().pollDue();
    expect(report?.error).toMatch(/^E_FEED_MALFORMED/);
    expect(report?.feed).toMatchObject({ consecutiveErrors: 1, itemsSeen: 2, etag: '"v2"' });
    expect(await store.countDocuments()).toBe(2);
  });

  it('caps the backoff', async () => {
    await store.putFeed(`${server.origin}/feed.xml`, 300, now());
    server.mode = 'fail';
    const steps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [report] = await poller({ maxBackoffSeconds: 1800 }).pollDue();
      const next = Date.parse(report!.feed!.nextPollAt);
      steps.push((next - clock) / 1000);
      clock = next;
    }
    expect(steps).toEqual([600, 1200, 1800, 1800]);
  });

  it('spaces requests to one host by the host delay, and does not hold up another host', async () => {
    // A second host on loopback; where 127.0.0.2 cannot be bound, the test runs with one host.
    const other = await startFeedServer(() => clock, '127.0.0.2').catch(() => null);
    try {
      server.setItems(TEST_ITEMS.slice(0, 1));
      other?.setItems(TEST_ITEMS.slice(1, 2));
      for (const path of ['/a.xml', '/b.xml', '/c.xml'])
        await store.putFeed(server.origin + path, 300, now());
      if (other) await store.putFeed(`${other.origin}/d.xml`, 300, now());
      const reports = await poller().pollDue();
      expect(reports.map((r) => r.outcome)).toEqual(reports.map(() => 'fetched'));
      expect(server.requests.map((r) => [r.path, r.at - T0])).toEqual([
        ['/a.xml', 0],
        ['/b.xml', 10_000],
        ['/c.xml', 20_000],
      ]);
      expect(sleeps).toEqual([10_000, 10_000]);
      if (other) expect(other.requests.map((r) => r.at - T0)).toEqual([20_000]);
      // Three feeds, one article each time: the copies under /b and /c are one document.
      expect(await store.countDocuments()).toBe(other ? 2 : 1);
    } finally {
      await other?.close();
    }
  });

  it('runs on schedule until stopped, sleeping until the next feed is due', async () => {
    server.setItems(TEST_ITEMS.slice(0, 1));
    await store.putFeed(`${server.origin}/feed.xml`, 300, now());
    const controller = new AbortController();
    const stopLater = async (ms: number): Promise<void> => {
      await sleep(ms);
      if (clock >= T0 + 650_000) controller.abort();
    };
    await poller({ sleep: stopLater }).run(controller.signal);
    expect(server.requests.map((r) => (r.at - T0) / 1000)).toEqual([0, 300, 600]);
    expect(server.requests.map((r) => r.status)).toEqual([200, 304, 304]);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(60_000);
  });
});
