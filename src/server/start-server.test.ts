import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start-server.js';
import { isLoopbackHost, startServer } from './start-server.js';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';

let api: TestApi;
let server: RunningServer;
beforeAll(async () => {
  api = await openTestApi();
  server = await startServer(api.app, '127.0.0.1', 0);
});
afterAll(async () => {
  await server.close();
  await api.cleanup();
});

describe('startServer (a real HTTP server on loopback)', () => {
  it('binds a free port and serves /api/events as JSON', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/api`);
    const response = await fetch(`${server.url}/events?limit=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { items: unknown[]; total: number; limit: number };
    expect(body.limit).toBe(2);
    expect(body.items.length).toBe(Math.min(2, body.total));
    expect(body.total).toBeGreaterThan(0);
  });

  it('answers a bad query with 400 over the wire too', async () => {
    const response = await fetch(`${server.url}/events?limit=0`);
    expect(response.status).toBe(400);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.com', false],
    ['localhost.example.com', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
