import type { Command } from 'commander';
import {
  DEFAULT_INTERVAL_SECONDS,
  parseHostDelaySeconds,
  parseIntervalSeconds,
} from '../../feeds/feed-options.js';
import { DEFAULT_HOST_DELAY_SECONDS, FeedPoller } from '../../feeds/feed-poller.js';
import type { FeedPollReport } from '../../feeds/feed-poller.js';
import { normaliseFeedUrl } from '../../feeds/feed-url.js';
import { ParleyError } from '../../model/index.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption } from '../cli-context.js';
import { parseBytes, parseMilliseconds } from '../option-parsers.js';

interface WatchFlags {
  db?: string;
  pack?: string;
  interval?: number;
  hostDelay: number;
  timeout?: number;
  maxBytes?: number;
  once?: boolean;
  quiet?: boolean;
}

/** `parley watch [FEED_URL…]`: adds the feeds given, then polls the watched feeds on schedule. */
export function registerWatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds on a schedule and ingest their new items, until Ctrl-C (or --once)')
    .argument('[feeds...]', 'feed urls to add and watch; none: every feed already watched')
    .option(
      '--interval <seconds>',
      `seconds between polls of the feeds given (default ${DEFAULT_INTERVAL_SECONDS})`,
      parseIntervalSeconds,
    )
    .option('--once', 'poll each feed that is due once, then exit')
    .option(
      '--host-delay <seconds>',
      'at least this long between two requests to one host',
      parseHostDelaySeconds,
      DEFAULT_HOST_DELAY_SECONDS,
    )
    .option(
      '--timeout <ms>',
      'give up on one request after this many milliseconds (default 15000)',
      parseMilliseconds,
    )
    .option('--max-bytes <size>', 'reject a feed larger than this (default 10mb)', parseBytes)
    .option('--db <file>', 'database file or postgres:// url (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('-q, --quiet', 'print nothing per poll')
    .addHelpText(
      'after',
      '\nExamples:\n  parley watch https://example.org/feed.xml https://example.net/atom --interval 600\n' +
        '  parley watch                 # every feed in `parley feeds`, until Ctrl-C\n' +
        '  parley watch --once          # poll what is due once (for cron), then exit\n' +
        '\nRequests are conditional (ETag / If-Modified-Since): an unchanged feed costs a 304 and ingests nothing.\n' +
        'Items are ingested once, by link (and by content hash anyway). After an error a feed waits its interval\n' +
        "times 2 per error in a row, at most 6 h. `parley feeds` shows each feed's health.\n" +
        '\nExit codes (--once): 0 every poll succeeded, 1 some failed, 2 usage error.',
    )
    .action(async (urls: string[], flags: WatchFlags) => {
      const pack = resolvePackOption(flags.pack, io.env);
      const targets = urls.map(normaliseFeedUrl);
      const store = await openStore(resolveDb(flags.db, io.env));
      try {
        await addFeeds(store, targets, flags.interval, io);
        if ((await store.listFeeds()).length === 0) {
          throw new ParleyError('E_USAGE', 'no feeds to watch', {
            hint: 'give feed urls: parley watch https://example.org/feed.xml',
          });
        }
        const poller = new FeedPoller({
          store,
          now: io.now,
          pack,
          hostDelaySeconds: flags.hostDelay,
          timeoutMs: flags.timeout,
          maxBytes: flags.maxBytes,
          onPoll: (report) => {
            if (!flags.quiet) io.err(`${pollLine(report, io.now())}\n`);
          },
        });
        const only = targets.length > 0 ? new Set(targets) : undefined;
        if (flags.once) {
          const reports = await poller.pollDue(undefined, only);
          if (reports.length === 0 && !flags.quiet)
            io.err('no feed is due; `parley feeds` shows when each is\n');
          setExit(reports.some((report) => report.outcome === 'failed') ? EXIT.partial : EXIT.ok);
        } else {
          await runUntilStopped(poller, only);
          setExit(EXIT.ok);
        }
      } finally {
        await store.close();
      }
    });
}

/** Adds the feeds given; one already watched keeps its interval unless `--interval` is given. */
async function addFeeds(
  store: Store,
  urls: readonly string[],
  interval: number | undefined,
  io: CliIo,
): Promise<void> {
  const known = new Map((await store.listFeeds()).map((feed) => [feed.url, feed.intervalSeconds]));
  for (const url of urls) {
    await store.putFeed(url, interval ?? known.get(url) ?? DEFAULT_INTERVAL_SECONDS, io.now());
  }
}

/** Polls until SIGINT or SIGTERM; a poll under way finishes and is recorded first. */
async function runUntilStopped(poller: FeedPoller, only: ReadonlySet<string> | undefined): Promise<void> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await poller.run(controller.signal, only);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** One log line per poll: time, url, and what happened. */
function pollLine(report: FeedPollReport, now: Date): string {
  const time = now.toISOString().slice(11, 19);
  const next = report.feed ? `; next ${report.feed.nextPollAt.slice(0, 19).replace('T', ' ')}` : '';
  const items = report.itemErrors.length > 0 ? `, ${report.itemErrors.length} item(s) unreadable` : '';
  if (report.outcome === 'failed') return `${time} ${report.url}: failed: ${report.error}${next}`;
  if (report.outcome === 'not-modified') return `${time} ${report.url}: not modified${next}`;
  return `${time} ${report.url}: ${report.newItems} new item(s), ${report.ingested} ingested${items}${next}`;
}
