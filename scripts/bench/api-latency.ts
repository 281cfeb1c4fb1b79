// API latency on a full store: p50 and p95 of the brief, the timeline, the who's who page and an actor's
// page (its quotes, as the workbench's actor view asks for them), events by actor and search, over a real
// loopback socket, after the kept reports are built (warm), with the cold first request of each route
// beside them (the first route to need a kept report pays for building it) and the process's RSS.
// Used by corpus-step-bench.ts on its 10,000-article store; run alone on any store with
// BENCH_API_STORE=path/to/store.db or BENCH_API_STORE='postgres://…?schema=NAME' (BENCH_API_DB still works),
// BENCH_API_ROUNDS warm requests per route (default 40; at least 5, fewer once a route has taken
// BENCH_API_ROUTE_S seconds) and BENCH_API_TIMEOUT_S per request (default 900).
// Prints numbers; asserts nothing.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { StoryPack } from '../../src/model/index.js';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/start-server.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const QUERIES = [
  'Istanbul',
  'ceasefire',
  'Witkoff',
  'prisoner exchange',
  'Zelensky',
  'Lavrov Moscow',
  'grain',
  'summit',
  'Rubio',
  'security guarantees',
];

/** The workbench's page sizes: who's who lists 50 actors, an actor's view 20 of their quotes. */
const ACTOR_LIMIT = 50;
const QUOTE_LIMIT = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Prints cold and warm latencies of the main read routes on `store`; asserts nothing. */
export async function measureApiLatency(
  store: Store,
  pack: StoryPack | null,
  rounds = 40,
  timeoutSeconds = 900,
  routeSeconds = Infinity,
): Promise<void> {
  const app = createApp({ store, pack, webUi: false });
  const server = await startServer(app, '127.0.0.1', 0);
  let peak = process.memoryUsage.rss();
  const ticker = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 250);
  const get = async (path: string): Promise<{ ms: number; body: string; bytes: number }> => {
    const start = performance.now();
    const response = await fetch(`${server.url}${path}`, {
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text.slice(0, 200)}`);
    return { ms: performance.now() - start, body: text, bytes: text.length };
  };
  try {
    // The who's who page names the actors whose pages are then asked for, the busiest first.
    let names = ['Witkoff', 'Lavrov', 'Zelensky', 'Fidan'];
    const routes: Record<string, (i: number) => string> = {
      brief: () => '/brief',
      timeline: (i) => `/timeline?limit=50&offset=${(i % 10) * 50}`,
      "who's who page": (i) => `/actors?limit=${ACTOR_LIMIT}&offset=${(i % 4) * ACTOR_LIMIT}`,
      'actor page quotes': (i) =>
        `/quotes?speaker=${encodeURIComponent(names[i % names.length]!)}&limit=${QUOTE_LIMIT}`,
      'events by actor': (i) => `/events?actor=${['Witkoff', 'Lavrov', 'Zelensky', 'Fidan'][i % 4]}`,
      search: (i) => `/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}&limit=20`,
    };
    console.log(
      `\nAPI latency over loopback on ${await store.countDocuments()} articles (${rounds} warm requests per route${Number.isFinite(routeSeconds) ? `, fewer if a route's take over ${routeSeconds} s` : ''}; RSS before ${mb(process.memoryUsage.rss())}):`,
    );
    for (const [name, path] of Object.entries(routes)) {
      let cold: { ms: number; body: string; bytes: number };
      try {
        cold = await get(path(0));
      } catch (error) {
        console.log(
          `  ${name.padEnd(18)} first request failed after ${timeoutSeconds} s limit or error: ${String(error)}; peak RSS ${mb(peak)}`,
        );
        continue;
      }
      if (name === "who's who page") {
        const items = (JSON.parse(cold.body) as { items?: { name?: string }[] }).items ?? [];
        const found = items.map((a) => a.name).filter((n): n is string => Boolean(n));
        if (found.length > 0) names = found.slice(0, 4);
      }
      const times: number[] = [];
      const warmStart = performance.now();
      for (let i = 0; i < rounds; i++) {
        times.push((await get(path(i))).ms);
        if (i >= 4 && performance.now() - warmStart > routeSeconds * 1000) break;
      }
      times.sort((a, b) => a - b);
      peak = Math.max(peak, process.memoryUsage.rss());
      console.log(
        `  ${name.padEnd(18)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms   (${times.length} warm; first request: ${(cold.ms / 1000).toFixed(1)} s, ${(cold.bytes / 1024).toFixed(0)} KB; RSS now ${mb(process.memoryUsage.rss())}, peak ${mb(peak)})`,
      );
    }
    console.log(`  (actor pages asked for: ${names.join(', ')})`);
  } finally {
    clearInterval(ticker);
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.env.BENCH_API_STORE ?? process.env.BENCH_API_DB;
  if (!target) {
    throw new Error('set BENCH_API_STORE to a store, or run corpus-step-bench.ts which fills one');
  }
  const store = await openStore(target);
  await measureApiLatency(
    store,
    resolvePack('ukraine-peace-talks'),
    Number(process.env.BENCH_API_ROUNDS ?? 40),
    Number(process.env.BENCH_API_TIMEOUT_S ?? 900),
    Number(process.env.BENCH_API_ROUTE_S ?? Infinity),
  );
  await store.close();
}
