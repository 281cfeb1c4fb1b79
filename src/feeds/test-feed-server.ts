import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One article of the test feed: its link and two paragraphs of our own words. */
export interface TestItem {
  link: string;
  title: string;
  body: string;
}

/**
 * How the server answers the next requests. `hang` never answers (a timeout for the client); `broken`
 * answers 200 with XML cut off mid-item.
 */
export type ServerMode = 'ok' | 'fail' | 'hang' | 'broken';

/** What the server saw of one request. */
export interface SeenRequest {
  path: string;
  ifNoneMatch: string | null;
  /** The test clock's time when the request arrived, in ms. */
  at: number;
  status: number | null;
}

/**
 * A real RSS server on loopback for the feed tests. Each path serves the same items; the ETag is the
 * version, bumped whenever the items change, and a matching If-None-Match gets a 304.
 */
export interface TestFeedServer {
  origin: string;
  items: TestItem[];
  mode: ServerMode;
  requests: SeenRequest[];
  setItems(items: TestItem[]): void;
  close(): Promise<void>;
}

/** Starts the server on `host` (default 127.0.0.1), port 0; `clock` stamps requests with the test's time. */
export async function startFeedServer(clock: () => number, host = '127.0.0.1'): Promise<TestFeedServer> {
  let version = 1;
  const state: TestFeedServer = {
    origin: '',
    items: [],
    mode: 'ok',
    requests: [],
    setItems(items) {
      state.items = items;
      version += 1;
    },
    close: async () => undefined,
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const seen: SeenRequest = {
      path: request.url ?? '/',
      ifNoneMatch: request.headers['if-none-match'] ?? null,
      at: clock(),
      status: null,
    };
    state.requests.push(seen);
    if (state.mode === 'hang') return;
    const etag = `"v${version}"`;
    seen.status = state.mode === 'fail' ? 500 : seen.ifNoneMatch === etag ? 304 : 200;
    if (seen.status !== 200) return void response.writeHead(seen.status).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    const body = rss(state.items);
    response.end(state.mode === 'broken' ? body.slice(0, body.indexOf('</item>')) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://${host}:${port}`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

function rss(items: readonly TestItem[]): string {
  const entries = items.map(
    (item) =>
      `<item><title>${item.title}</title><link>${item.link}</link>` +
      `<pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate><description><![CDATA[${item.body}]]></description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Wire</title>${entries.join('')}</channel></rss>`;
}

/** Three items of our own words about a fictional port negotiation. */
export const TEST_ITEMS: readonly TestItem[] = [
  {
    link: 'https://harbour.example.org/talks-open',
    title: 'Port talks open in Valmora',
    body:
      '<p>Negotiators from the two shipping unions met in Valmora on Saturday to discuss the dock dispute.</p>' +
      '<p>"We came to listen," said Mara Quell, the union spokeswoman, before the first session.</p>',
  },
  {
    link: 'https://harbour.example.org/wages',
    title: 'Wage offer tabled',
    body:
      '<p>The port authority tabled a wage offer of four percent over two years on Saturday evening.</p>' +
      '<p>Union leaders said they would study the offer and answer within a week.</p>',
  },
  {
    link: 'https://harbour.example.org/ferries',
    title: 'Ferries run again',
    body:
      '<p>Ferries between Valmora and the islands ran again on Sunday after a two-day stoppage.</p>' +
      '<p>Passengers queued at the quay from dawn, and the first boat left on time.</p>',
  },
];
