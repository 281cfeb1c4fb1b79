import { hashText } from '../ingest/build-document.js';
import { decodeInput, fetchUrl, readFeed } from '../ingest/readers/index.js';
import { withDecodeSignals } from '../ingest/readers/with-decode-signals.js';
import type { ParleyError, RawDocument } from '../model/index.js';

/** Limits of one feed request, as `fetchUrl` takes them. */
export interface FeedFetchLimits {
  timeoutMs?: number | undefined;
  maxBytes?: number | undefined;
  fetchImpl?: typeof fetch | undefined;
}

/** One item of a fetched feed: its key (link or guid permalink, else its text's hash) and its document. */
export interface FeedEntry {
  key: string;
  raw: RawDocument;
}

/** A fetched feed: unchanged since the validators sent, or its items and the items that could not be read. */
export type FeedFetch =
  | { kind: 'not-modified' }
  | {
      kind: 'fetched';
      etag: string | null;
      lastModified: string | null;
      entries: FeedEntry[];
      itemErrors: ParleyError[];
    };

/**
 * Fetches a feed with a conditional request (`fetchUrl` with If-None-Match / If-Modified-Since) and reads
 * it with the feed reader, each item under the feed url with its item number, exactly as `parley ingest URL`
 * would. Throws the ParleyError of a failed request (E_FETCH_*) or of a body that is no feed at all
 * (E_FEED_MALFORMED, E_INPUT_FORMAT); an item without text is only an item error.
 */
export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  limits: FeedFetchLimits,
): Promise<FeedFetch> {
  const fetched = await fetchUrl(url, {
    ...limits,
    ifNoneMatch: validators.etag,
    ifModifiedSince: validators.lastModified,
  });
  if (fetched.notModified) return { kind: 'not-modified' };
  const { text, signals } = decodeInput(fetched.bytes, fetched.finalUrl, { maxBytes: limits.maxBytes });
  const read = readFeed(text, fetched.finalUrl);
  const whole = read.errors.find((e) => e.code === 'E_FEED_MALFORMED' || e.code === 'E_INPUT_FORMAT');
  if (whole && read.docs.length === 0) throw whole;
  const entries = read.docs.map((doc) => {
    const raw = withDecodeSignals(doc, signals);
    return { key: raw.meta.url ?? `sha256:${hashText(raw.raw)}`, raw };
  });
  return {
    kind: 'fetched',
    etag: fetched.etag ?? null,
    lastModified: fetched.lastModified ?? null,
    entries,
    itemErrors: read.errors,
  };
}
