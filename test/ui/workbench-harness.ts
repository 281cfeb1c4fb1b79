import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { resolvePack } from '../../src/packs/index.js';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/start-server.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

/** Debian's Chromium, which CI installs; the UI tests skip without it, except on CI where they fail. */
export const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIST = join(ROOT, 'web/dist');
export const SCREENSHOTS = join(ROOT, 'test-results');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Everything a UI test needs: the store behind a real server on loopback, and a page in Chromium. */
export interface Workbench {
  store: Store;
  base: string;
  browser: Browser;
  page: Page;
  /** Errors the page threw or logged, so a test can assert that none happened. */
  errors: string[];
  close: () => Promise<void>;
}

/** Builds web/dist with Vite's own API when it is missing, so the tests never run against no UI. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `vite build did not produce ${WEB_DIST}/index.html; run: npx vite build --config web/vite.config.ts`,
    );
  }
}

/** How to start a workbench: `writeToken` makes the server ask for it on writes (decisions). */
export interface WorkbenchOptions {
  writeToken?: string;
}

/**
 * Ingests the sample corpus with the pack ukraine-peace-talks into a fresh SQLite file, serves the API
 * and the built UI on a free loopback port, and opens a 1366×768 page in headless Chromium. Each call
 * has its own store and server, so a test that records decisions changes nothing another test reads.
 */
export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  await ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'parley-ui-'));
  const store = await openStore(join(dir, 'ui.db'));
  const pack = resolvePack('ukraine-peace-talks');
  const summary = await ingestInputs(store, [join(ROOT, 'test/fixtures/articles')], { pack });
  if (summary.failures.length > 0)
    throw new Error(`sample ingest failed: ${JSON.stringify(summary.failures)}`);
  const server: RunningServer = await startServer(
    createApp({ store, pack, webUi: WEB_DIST, writeToken: options.writeToken ?? null }),
    '127.0.0.1',
    0,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Until the server has /api/search, the UI falls back to /api/documents?q= after that route's 404.
    const expected = message.location().url.includes('/api/search?');
    if (message.type() === 'error' && !expected) errors.push(`${message.text()} (${message.location().url})`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    store,
    base: `http://127.0.0.1:${server.port}`,
    browser,
    page,
    errors,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // From the top, so the sticky nav sits where it belongs in the full-page image.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
