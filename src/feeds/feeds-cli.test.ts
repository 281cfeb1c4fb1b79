import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from '../cli/test-cli.js';
import { startFeedServer, TEST_ITEMS } from './test-feed-server.js';
import type { TestFeedServer } from './test-feed-server.js';

/** `parley feeds` and `parley watch --once` in-process, against a real feed server on loopback. */
describe('parley feeds and parley watch', () => {
  let work: ReturnType<typeof tempDir>;
  let server: TestFeedServer;
  beforeEach(async () => {
    work = tempDir();
    server = await startFeedServer(() => Date.now());
  });
  afterEach(async () => {
    await server.close();
    work.cleanup();
  });

  it('adds feeds, polls them once, and shows their health as a table and as JSON', async () => {
    const good = `${server.origin}/feed.xml`;
    const bad = 'http://127.0.0.1:1/gone.xml'; // nothing listens on port 1: connection refused
    server.setItems(TEST_ITEMS.slice(0, 2));
    expect((await runParley(['feeds', '--db', work.db])).out).toBe(
      'no feeds watched; add one with: parley feeds add URL\n',
    );
    const add = await runParley(['feeds', 'add', bad, '--interval', '600', '--db', work.db]);
    expect(add).toMatchObject({ code: 0, out: `added ${bad} (every 600 s)\n` });
    const watch = await runParley(['watch', good, bad, '--once', '--host-delay', '0', '--db', work.db]);
    expect(watch.code).toBe(1); // the unreachable feed failed
    expect(watch.err).toContain(`${good}: 2 new item(s), 2 ingested; next 2026-01-02 03:09:05`);
    expect(watch.err).toMatch(/gone\.xml: failed: E_FETCH_FAILED could not reach 127\.0\.0\.1:1/);

    const table = await runParley(['feeds', '--db', work.db]);
    expect(table.code).toBe(0);
    const lines = table.out.split('\n');
    expect(lines[0]).toMatch(/^URL +LAST SUCCESS +LAST ERROR +SEEN +INGESTED +NEXT POLL$/);
    expect(lines[1]).toMatch(
      /^http:\/\/127\.0\.0\.1:1\/gone\.xml +- +2026-01-02 03:04:05 \(1 in a row\) +0 +0 +2026-01-02 03:24:05$/,
    );
    expect(lines[2]).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/feed\.xml +2026-01-02 03:04:05 +- +2 +2 +2026-01-02 03:09:05$/,
    );
    expect(lines.slice(4)).toEqual([
      'last errors:',
      expect.stringMatching(
        /^ {2}http:\/\/127\.0\.0\.1:1\/gone\.xml: E_FETCH_FAILED could not reach/,
      ) as unknown,
      '',
    ]);

    const json = JSON.parse((await runParley(['feeds', '--json', '--db', work.db])).out) as {
      feeds: Array<{ url: string; itemsIngested: number; consecutiveErrors: number; etag: string | null }>;
    };
    expect(json.feeds.map((f) => [f.url, f.itemsIngested, f.consecutiveErrors, f.etag])).toEqual([
      [bad, 0, 1, null],
      [good, 2, 0, '"v2"'],
    ]);

    const list = await runParley(['list', '--json', '--db', work.db]);
    expect(list.out).toContain('Wage offer tabled');
    const again = await runParley(['watch', '--once', '--db', work.db]);
    expect(again).toMatchObject({ code: 0, err: 'no feed is due; `parley feeds` shows when each is\n' });
    expect(await runParley(['feeds', 'remove', bad, '--db', work.db])).toMatchObject({ code: 0 });
    expect(await runParley(['feeds', 'remove', bad, '--db', work.db])).toMatchObject({ code: 1 });
  });

  it('refuses a url that is not http(s) and an interval below ten seconds', async () => {
    const ftp = await runParley(['watch', 'ftp://example.org/feed', '--once', '--db', work.db]);
    expect(ftp.code).toBe(2);
    expect(ftp.err).toContain('E_USAGE "ftp://example.org/feed" is not an http or https feed url');
    const fast = await runParley([
      'feeds',
      'add',
      'https://example.org/feed',
      '--interval',
      '1',
      '--db',
      work.db,
    ]);
    expect(fast.code).toBe(2);
    const none = await runParley(['watch', '--once', '--db', work.db]);
    expect(none).toMatchObject({ code: 2 });
    expect(none.err).toContain('no feeds to watch');
  });
});
