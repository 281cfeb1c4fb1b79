// API latency on a full store: p50 and p95 of the brief, the timeline, search and an actor's events over
// a real loopback socket, after the kept reports are built (warm), with the cold build times beside them.
// Used by corpus-step-bench.ts on its 10,000-article store; run alone with BENCH_API_DB=path/to/store.db.
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Prints cold and warm latencies of the main read routes on `store`; asserts nothing. */
export async function measureApiLatency(store: Store, pack: StoryPack | null, rounds = 40): Promise<void> {
  const app = createApp({ store, pack, webUi: false });
  const server = await startServer(app, '127.0.0.1', 0);
  const get = async (path: string): Promise<number> => {
    const start = performance.now();
    const response = await fetch(`${server.url}${path}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return performance.now() - start;
  };
  try {
    const routes: Record<string, (i: number) => string> = {
      brief: () => '/brief',
      timeline: (i) => `/timeline?limit=50&offset=${(i % 10) * 50}`,
      search: (i) => `/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}&limit=20`,
      'events by actor': (i) => `/events?actor=${['Witkoff', 'Lavrov', 'Zelensky', 'Fidan'][i % 4]}`,
    };
    console.log(`\nAPI latency over loopback on ${await store.countDocuments()} articles:`);
    for (const [name, path] of Object.entries(routes)) {
      const cold = await get(path(0));
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) times.push(await get(path(i)));
      times.sort((a, b) => a - b);
      console.log(
        `  ${name.padEnd(16)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms   (first request, building the kept reports: ${(cold / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.env.BENCH_API_DB;
  if (!path) throw new Error('set BENCH_API_DB to a store, or run corpus-step-bench.ts which fills one');
  const store = await openStore(path);
  await measureApiLatency(store, resolvePack('ukraine-peace-talks'));
  await store.close();
}
