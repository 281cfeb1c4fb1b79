import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** A running API server: the address it listens on and how to stop it. */
export interface RunningServer {
  host: string;
  port: number;
  /** The API's base url, e.g. `http://127.0.0.1:43123/api`. */
  url: string;
  /** Stops accepting connections and resolves once the server is closed. */
  close: () => Promise<void>;
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i;

/** True for hosts only this machine can reach; anything else exposes the API to the network. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

/**
 * Serves `app` with @hono/node-server on `host`:`port` (port 0 picks a free one) and resolves once it
 * listens, with the port actually bound, so callers and tests never race the listener.
 */
export function startServer(app: OpenAPIHono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', reject);
      const shown = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : host;
      resolve({
        host,
        port: info.port,
        url: `http://${shown}:${info.port}/api`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
}
