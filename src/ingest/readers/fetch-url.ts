import { ParleyError } from '../../model/index.js';
import { MAX_INPUT_BYTES } from './decode-input.js';

/** The User-Agent Parley sends, so publishers can see who reads them and how to reach us. */
export const USER_AGENT = 'Parley/0.1 (+https://example.org/parley)';

/** Media types Parley can read: pages, plain text, feeds and JSON Lines. */
export const ACCEPTED_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/x-ndjson',
  'application/jsonl',
]);

/** Options for {@link fetchUrl}. */
export interface FetchOptions {
  /** Time allowed for the whole request, body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted. Default {@link MAX_INPUT_BYTES}. */
  maxBytes?: number;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetchImpl?: typeof fetch;
  /** Sent as If-None-Match: an ETag from an earlier answer. With it, a 304 is an answer, not an error. */
  ifNoneMatch?: string | null;
  /** Sent as If-Modified-Since: a Last-Modified from an earlier answer. With it, a 304 is an answer. */
  ifModifiedSince?: string | null;
}

/** A fetched body with the type the server declared and the url after redirects. */
export interface FetchedUrl {
  bytes: Uint8Array;
  contentType: string;
  finalUrl: string;
  /** True when a conditional request was answered 304 Not Modified; `bytes` is then empty. */
  notModified?: boolean;
  /** The validators the server sent, for the next conditional request. */
  etag?: string;
  lastModified?: string;
}

/**
 * Fetches one http(s) url with Node's fetch, under a time limit and a size limit, so one slow or huge
 * page cannot stall a batch. Every failure is a coded error: `E_INPUT_FORMAT` (not http or https),
 * `E_FETCH_TIMEOUT`, `E_FETCH_FAILED` (DNS, refused connection; names the host), `E_FETCH_STATUS`
 * (non-2xx), `E_FETCH_CONTENT_TYPE` (not a page, text, feed or JSON Lines; a missing type is let through
 * for the decoder to judge) and `E_FETCH_TOO_LARGE` (by Content-Length, or counted while streaming).
 * Given `ifNoneMatch` or `ifModifiedSince` (a feed poller), a 304 comes back as `notModified` with no
 * bytes; without them a 304 is `E_FETCH_STATUS` as before. ETag and Last-Modified are returned when sent.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedUrl> {
  const target = parseHttpUrl(url);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetchImpl ?? fetch)(target, {
      signal: controller.signal,
      redirect: 'follow',
      headers: requestHeaders(options),
    });
    const finalUrl = response.url || target.href;
    const conditional = Boolean(options.ifNoneMatch || options.ifModifiedSince);
    if (conditional && response.status === 304) {
      void response.body?.cancel().catch(() => undefined);
      return {
        bytes: new Uint8Array(0),
        contentType: '',
        finalUrl,
        notModified: true,
        ...validators(response),
      };
    }
    const contentType = checkResponse(response, url, maxBytes);
    const bytes = await readBody(response, url, maxBytes, controller);
    return { bytes, contentType, finalUrl, ...validators(response) };
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    if (controller.signal.aborted) {
      throw new ParleyError('E_FETCH_TIMEOUT', `no complete answer within ${timeoutMs} ms`, {
        file: url,
        hint: 'the server is slow or unreachable; try again later or raise timeoutMs',
      });
    }
    throw new ParleyError('E_FETCH_FAILED', `could not reach ${target.host}: ${reason(error)}`, {
      file: url,
      hint: 'check the address, your network and any proxy settings',
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.5',
  };
  if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
  if (options.ifModifiedSince) headers['if-modified-since'] = options.ifModifiedSince;
  return headers;
}

/** ETag and Last-Modified of an answer, those present only. */
function validators(response: Response): { etag?: string; lastModified?: string } {
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function parseHttpUrl(url: string): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new ParleyError('E_INPUT_FORMAT', `"${url}" is not an http or https url`, {
      file: url,
      hint: 'give a full url such as https://example.org/article, or a file path',
    });
  }
  return parsed;
}

/** Status, content type and declared length; returns the content type. Cancels the body on failure. */
function checkResponse(response: Response, url: string, maxBytes: number): string {
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const length = Number(response.headers.get('content-length') ?? NaN);
  let error: ParleyError | undefined;
  if (!response.ok) {
    error = new ParleyError(
      'E_FETCH_STATUS',
      `the server answered ${response.status} ${response.statusText}`.trim(),
      {
        file: url,
        hint:
          response.status >= 500
            ? 'the server failed; try again later'
            : 'check the url; the page may be gone or private',
      },
    );
  } else if (mediaType !== '' && !ACCEPTED_CONTENT_TYPES.has(mediaType)) {
    error = new ParleyError(
      'E_FETCH_CONTENT_TYPE',
      `the server sent ${mediaType}, not a page, text or feed`,
      {
        file: url,
        hint: 'give the url of an HTML article, a plain-text file, an RSS/Atom feed or JSON Lines',
      },
    );
  } else if (Number.isFinite(length) && length > maxBytes) {
    error = tooLarge(url, maxBytes, `declares ${length} bytes`);
  }
  if (!error) return contentType;
  void response.body?.cancel().catch(() => undefined);
  throw error;
}

async function readBody(
  response: Response,
  url: string,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes, `sent more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: string, maxBytes: number, what: string): ParleyError {
  return new ParleyError('E_FETCH_TOO_LARGE', `the response ${what}, over the ${maxBytes}-byte cap`, {
    file: url,
    hint: 'check the url points at one article, or raise maxBytes',
  });
}

/** The most specific cause Node gives: ECONNREFUSED, ENOTFOUND, a TLS failure. */
function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
