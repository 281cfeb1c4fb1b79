import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** Where `npm run build` puts the web UI: `web/dist` at the package root (from src/server or dist/server). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Serves the built web UI at `/`: its files as they are, and `index.html` for any other path outside
 * `/api`, so the UI's own routes (`/article/…`) load on refresh. Without a build (`web/dist` missing) the
 * root answers a short page saying how to build it; the API works either way.
 */
export function mountWebUi(app: OpenAPIHono, dist: string = WEB_DIST): void {
  const index = `${dist.replace(/\/$/, '')}/index.html`;
  if (!existsSync(index)) {
    app.get('/', (c) =>
      c.html(
        '<!doctype html><title>Parley</title><p>The web UI is not built. Run <code>npm run build</code>, ' +
          'then restart <code>parley serve</code>. The API is at <a href="/api/openapi.json">/api</a>.</p>',
      ),
    );
    return;
  }
  const page = readFileSync(index, 'utf8');
  app.use('/assets/*', serveStatic({ root: dist }));
  app.get('/favicon.svg', serveStatic({ root: dist }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
    return c.html(page);
  });
}
