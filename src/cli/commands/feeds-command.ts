import type { Command } from 'commander';
import { DEFAULT_INTERVAL_SECONDS, parseIntervalSeconds } from '../../feeds/feed-options.js';
import { normaliseFeedUrl } from '../../feeds/feed-url.js';
import type { FeedRecord } from '../../store/feeds.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';

const DB_HELP = 'database file or postgres:// url (default: $PARLEY_DB or ./parley.db)';

/** `parley feeds [add|remove URL]`: the watched feeds and their health, and managing the list. */
export function registerFeeds(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const feeds = program
    .command('feeds')
    .description('list watched feeds and their health: last success, last error, items seen and ingested')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  parley feeds\n  parley feeds add https://example.org/feed.xml --interval 600\n' +
        '  parley feeds remove https://example.org/feed.xml\n  parley watch          # poll them all until Ctrl-C\n' +
        '\nTimes are UTC. A failing feed is polled less often (its interval doubled per error in a row, at most 6 h).',
    )
    .action(async (flags: { db?: string; json?: boolean }) => {
      await withStore(flags.db, io, async (store) => {
        const list = await store.listFeeds();
        io.out(flags.json ? `${JSON.stringify({ feeds: list }, null, 2)}\n` : feedTable(list));
      });
      setExit(EXIT.ok);
    });
  feeds
    .command('add')
    .description('watch a feed (or change its interval); `parley watch` polls it')
    .addHelpText(
      'after',
      '\nThe database is chosen as for `parley feeds`: --db FILE|URL (before or after the url) or $PARLEY_DB.',
    )
    .argument('<url>', 'RSS or Atom feed url')
    .option(
      '--interval <seconds>',
      `seconds between polls (default ${DEFAULT_INTERVAL_SECONDS})`,
      parseIntervalSeconds,
    )
    .action(async (url: string, own: { interval?: number }, command: Command) => {
      // --db may be parsed by `feeds` itself (commander gives a parent's options to it wherever they stand).
      const flags = command.optsWithGlobals<{ db?: string; interval?: number }>();
      const target = normaliseFeedUrl(url);
      await withStore(flags.db, io, async (store) => {
        const known = (await store.listFeeds()).find((feed) => feed.url === target);
        const interval = flags.interval ?? known?.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
        const feed = await store.putFeed(target, interval, io.now());
        io.out(`${known ? 'updated' : 'added'} ${feed.url} (every ${feed.intervalSeconds} s)\n`);
      });
      setExit(EXIT.ok);
    });
  feeds
    .command('remove')
    .description('stop watching a feed; the articles it gave stay stored')
    .addHelpText(
      'after',
      '\nThe database is chosen as for `parley feeds`: --db FILE|URL (before or after the url) or $PARLEY_DB.',
    )
    .argument('<url>', 'feed url as listed by `parley feeds`')
    .action(async (url: string, _own: unknown, command: Command) => {
      const flags = command.optsWithGlobals<{ db?: string }>();
      const target = normaliseFeedUrl(url);
      await withStore(flags.db, io, async (store) => {
        const removed = await store.removeFeed(target);
        io.out(removed ? `removed ${target}\n` : `not watched: ${target}\n`);
        setExit(removed ? EXIT.ok : EXIT.partial);
      });
    });
}

async function withStore(
  db: string | undefined,
  io: CliIo,
  fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<void>,
): Promise<void> {
  const store = await openStore(resolveDb(db, io.env));
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * The feeds as a plain table, one row each, then the last error of each feed that has one. Columns:
 * url, last success, last error (time and errors in a row), items seen, items ingested, next poll.
 */
export function feedTable(feeds: readonly FeedRecord[]): string {
  if (feeds.length === 0) return 'no feeds watched; add one with: parley feeds add URL\n';
  const header = ['URL', 'LAST SUCCESS', 'LAST ERROR', 'SEEN', 'INGESTED', 'NEXT POLL'];
  const rows = feeds.map((feed) => [
    feed.url,
    when(feed.lastSuccessAt),
    feed.lastErrorAt
      ? `${when(feed.lastErrorAt)}${feed.consecutiveErrors > 0 ? ` (${feed.consecutiveErrors} in a row)` : ''}`
      : '-',
    String(feed.itemsSeen),
    String(feed.itemsIngested),
    when(feed.nextPollAt),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column >= 3 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const errors = feeds.filter((feed) => feed.lastError).map((feed) => `  ${feed.url}: ${feed.lastError}`);
  const tail = errors.length > 0 ? ['', 'last errors:', ...errors] : [];
  return `${[line(header), ...rows.map(line), ...tail].join('\n')}\n`;
}

/** An ISO time as `YYYY-MM-DD HH:MM:SS` (UTC), or `-` for never. */
function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '-';
}
