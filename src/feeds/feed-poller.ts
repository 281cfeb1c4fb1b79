import type { StoryPack } from '../model/index.js';
import type { Pipeline } from '../pipeline/index.js';
import type { FeedPollOutcome, FeedRecord } from '../store/feeds.js';
import type { Store } from '../store/store.js';
import { fetchFeed } from './fetch-feed.js';
import type { FeedFetchLimits } from './fetch-feed.js';
import { DEFAULT_MAX_BACKOFF_SECONDS, addSeconds, nextPollDelaySeconds } from './feed-schedule.js';
import { HostGate, REAL_TIME } from './host-gate.js';
import type { Timekeeper } from './host-gate.js';
import { errorLine, ingestFeedItems } from './ingest-feed-items.js';

/** Seconds between two requests to one host when nothing else is said. */
export const DEFAULT_HOST_DELAY_SECONDS = 5;
/** The longest the watch loop sleeps before looking at the feeds table again (feeds added elsewhere). */
const MAX_IDLE_MS = 60_000;
/** The shortest sleep of the watch loop, so a feed due in the past cannot make it spin. */
const MIN_IDLE_MS = 1_000;

/** How a poller fetches, spaces, backs off and ingests. Time is injected: tests drive it without waiting. */
export interface FeedPollerOptions extends FeedFetchLimits {
  store: Store;
  now?: Timekeeper['now'];
  sleep?: Timekeeper['sleep'];
  /** At most one request per host every this many seconds (politeness). Default 5. */
  hostDelaySeconds?: number;
  /** The cap of the error backoff. Default 6 hours. */
  maxBackoffSeconds?: number;
  pack?: StoryPack | null;
  pipeline?: Pipeline;
  /** Called after each poll, for the CLI's log lines. */
  onPoll?: (report: FeedPollReport) => void;
}

/** What one poll did, for display: the outcome, the items read and stored, and the feed as recorded. */
export interface FeedPollReport {
  url: string;
  outcome: FeedPollOutcome['kind'];
  newItems: number;
  ingested: number;
  error: string | null;
  /** Items of the feed that could not be read or stored; they do not fail the poll. */
  itemErrors: string[];
  feed: FeedRecord | null;
}

/**
 * Polls watched feeds: conditional requests, new items (by link) ingested once, exponential backoff after
 * errors, and one request per host per `hostDelaySeconds`. Feeds are polled one at a time, in order of
 * when they fell due. Everything the poller learns is written to the store, so a restart, or another
 * machine on the same database, carries on where it stopped.
 */
export class FeedPoller {
  readonly #options: FeedPollerOptions;
  readonly #time: Timekeeper;
  readonly #gate: HostGate;

  constructor(options: FeedPollerOptions) {
    this.#options = options;
    this.#time = { now: options.now ?? REAL_TIME.now, sleep: options.sleep ?? REAL_TIME.sleep };
    const delay = options.hostDelaySeconds ?? DEFAULT_HOST_DELAY_SECONDS;
    this.#gate = new HostGate(delay * 1000, this.#time);
  }

  /** Polls once each feed that is due now (of `only`, when given); returns what each poll did. */
  async pollDue(signal?: AbortSignal, only?: ReadonlySet<string>): Promise<FeedPollReport[]> {
    const now = this.#time.now().getTime();
    const due = (await this.#options.store.listFeeds())
      .filter((feed) => (!only || only.has(feed.url)) && Date.parse(feed.nextPollAt) <= now)
      .sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt) || a.url.localeCompare(b.url));
    const reports: FeedPollReport[] = [];
    for (const feed of due) {
      if (signal?.aborted) break;
      await this.#gate.wait(new URL(feed.url).host, signal);
      if (signal?.aborted) break;
      reports.push(await this.pollFeed(feed));
    }
    return reports;
  }

  /**
   * Polls feeds as they fall due until `signal` aborts: polls what is due, sleeps until the next feed is
   * due (at most a minute, so feeds added by another process are picked up), and again.
   */
  async run(signal: AbortSignal, only?: ReadonlySet<string>): Promise<void> {
    while (!signal.aborted) {
      await this.pollDue(signal, only);
      if (signal.aborted) return;
      const feeds = (await this.#options.store.listFeeds()).filter((feed) => !only || only.has(feed.url));
      const next = Math.min(...feeds.map((feed) => Date.parse(feed.nextPollAt)));
      const wait = Number.isFinite(next) ? next - this.#time.now().getTime() : MAX_IDLE_MS;
      await this.#time.sleep(Math.min(MAX_IDLE_MS, Math.max(MIN_IDLE_MS, wait)), signal);
    }
  }

  /** Polls one feed now, whether due or not (the host gate is the caller's), and records the outcome. */
  async pollFeed(feed: FeedRecord): Promise<FeedPollReport> {
    const at = this.#time.now();
    const report: FeedPollReport = {
      url: feed.url,
      outcome: 'failed',
      newItems: 0,
      ingested: 0,
      error: null,
      itemErrors: [],
      feed: null,
    };
    let outcome: FeedPollOutcome;
    try {
      outcome = await this.#fetchAndIngest(feed, at, report);
    } catch (error) {
      const errors = feed.consecutiveErrors + 1;
      const policy = { maxBackoffSeconds: this.#options.maxBackoffSeconds ?? DEFAULT_MAX_BACKOFF_SECONDS };
      const delay = nextPollDelaySeconds(feed.intervalSeconds, errors, policy);
      report.error = errorLine(error);
      outcome = {
        kind: 'failed',
        at: at.toISOString(),
        nextPollAt: addSeconds(at, delay),
        error: report.error,
      };
    }
    report.outcome = outcome.kind;
    report.feed = await this.#options.store.recordFeedPoll(feed.url, outcome);
    this.#options.onPoll?.(report);
    return report;
  }

  async #fetchAndIngest(feed: FeedRecord, at: Date, report: FeedPollReport): Promise<FeedPollOutcome> {
    const { store } = this.#options;
    const nextPollAt = addSeconds(at, feed.intervalSeconds);
    const limits = {
      timeoutMs: this.#options.timeoutMs,
      maxBytes: this.#options.maxBytes,
      fetchImpl: this.#options.fetchImpl,
    };
    const fetched = await fetchFeed(feed.url, feed, limits);
    if (fetched.kind === 'not-modified') return { kind: 'not-modified', at: at.toISOString(), nextPollAt };
    const unseen = new Set(
      await store.unseenFeedItems(
        feed.url,
        fetched.entries.map((entry) => entry.key),
      ),
    );
    const fresh = fetched.entries.filter((entry) => unseen.delete(entry.key));
    const ingest = await ingestFeedItems(
      store,
      fresh.map((entry) => entry.raw),
      {
        pack: this.#options.pack ?? null,
        ...(this.#options.pipeline ? { pipeline: this.#options.pipeline } : {}),
      },
    );
    report.newItems = fresh.length;
    report.ingested = ingest.ingested;
    report.itemErrors = [...fetched.itemErrors.map(errorLine), ...ingest.failures];
    return {
      kind: 'fetched',
      at: at.toISOString(),
      nextPollAt,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      newItemKeys: fresh.map((entry) => entry.key),
      itemsIngested: ingest.ingested,
    };
  }
}
