import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { ErrorCode } from '../../model/index.js';
import { USER_AGENT, fetchUrl } from './fetch-url.js';

const PAGE =
  '<!doctype html><html><head><title>Loopback Page</title></head><body><p>Hello from loopback.</p></body></html>';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/article': (req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'x-seen-agent': req.headers['user-agent'] ?? '',
    });
    res.end(PAGE);
  },
  '/redirect': (_req, res) => {
    res.writeHead(302, { location: '/article' });
    res.end();
  },
  '/missing': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>Not here</p>');
  },
  '/image': (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
  '/slow': () => {
    // Never answers: the client's timeout must end the request.
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first part, then silence');
  },
  '/declared-big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(5_000) });
    res.end('x'.repeat(5_000));
  },
  '/streamed-big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) res.write('y'.repeat(1_000));
    res.end();
  },
  '/feed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss><channel><title>T</title></channel></rss>');
  },
};

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing'])?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = createServer();
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
  closedPort = (spare.address() as AddressInfo).port;
  await new Promise<void>((resolve) => spare.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchUrl against a loopback server', () => {
  it('fetches a page with its content type, the final url and our User-Agent', async () => {
    let agent = '';
    const spy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      agent = response.headers.get('x-seen-agent') ?? '';
      return response;
    };
    const fetched = await fetchUrl(`${base}/article`, { fetchImpl: spy });
    expect(new TextDecoder().decode(fetched.bytes)).toBe(PAGE);
    expect(fetched.contentType).toBe('text/html; charset=utf-8');
    expect(fetched.finalUrl).toBe(`${base}/article`);
    expect(agent).toBe(USER_AGENT);
  });

  it('follows a redirect and reports where it ended', async () => {
    const fetched = await fetchUrl(`${base}/redirect`);
    expect(fetched.finalUrl).toBe(`${base}/article`);
  });

  it('accepts a feed content type', async () => {
    const fetched = await fetchUrl(`${base}/feed`);
    expect(fetched.contentType).toBe('application/rss+xml');
  });

  const failures: Array<{
    name: string;
    url: () => string;
    code: ErrorCode;
    message: RegExp;
    options?: object;
  }> = [
    { name: '404', url: () => `${base}/missing`, code: 'E_FETCH_STATUS', message: /404/ },
    { name: 'an image', url: () => `${base}/image`, code: 'E_FETCH_CONTENT_TYPE', message: /image\/png/ },
    {
      name: 'no answer within 200 ms',
      url: () => `${base}/slow`,
      code: 'E_FETCH_TIMEOUT',
      message: /200 ms/,
      options: { timeoutMs: 200 },
    },
    {
      name: 'a body that stalls',
      url: () => `${base}/slow-body`,
      code: 'E_FETCH_TIMEOUT',
      message: /200 ms/,
      options: { timeoutMs: 200 },
    },
    {
      name: 'a declared length over the cap',
      url: () => `${base}/declared-big`,
      code: 'E_FETCH_TOO_LARGE',
      message: /declares 5000/,
      options: { maxBytes: 1_000 },
    },
    {
      name: 'a streamed body over the cap',
      url: () => `${base}/streamed-big`,
      code: 'E_FETCH_TOO_LARGE',
      message: /more than 4000/,
      options: { maxBytes: 4_000 },
    },
    {
      name: 'a refused connection',
      url: () => `http://127.0.0.1:${closedPort}/x`,
      code: 'E_FETCH_FAILED',
      message: /127\.0\.0\.1.*ECONNREFUSED/,
    },
    {
      name: 'hostile: a file: url',
      url: () => 'file:///etc/passwd',
      code: 'E_INPUT_FORMAT',
      message: /not an http or https url/,
    },
    {
      name: 'hostile: not a url at all',
      url: () => 'http//broken',
      code: 'E_INPUT_FORMAT',
      message: /not an http or https url/,
    },
  ];

  it.each(failures)('$name → $code', async ({ url, code, message, options }) => {
    const started = Date.now();
    const error = await fetchUrl(url(), options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isParleyError(error, code)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as { file?: string }).file).toBe(url());
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
