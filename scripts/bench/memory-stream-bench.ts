// Memory while streaming a large corpus through the real ingest path (`ingestInputs`, as `parley ingest`
// calls it). BENCH_STREAM_ARTICLES (default 100,000) generated articles are written BENCH_STREAM_CHUNK
// (default 1,000) at a time into a scratch directory, ingested, and deleted, so the disk never holds more
// than one chunk of inputs. After each chunk it prints articles done, articles/s, RSS now, peak RSS and heap
// used; at the end, whether RSS grew with the article count (peak RSS over the first 10% of the run against
// the last 10%). Prints numbers; asserts nothing.
//
// The store is a SQLite file in a temp dir, removed at the end, unless BENCH_STREAM_STORE names one (a path
// or a postgres:// url): then it is kept, so the same run fills a store for api-latency.ts. The story pack
// is BENCH_STREAM_PACK (default ukraine-peace-talks; "none" for no pack), as `parley ingest --pack`.
// BENCH_STREAM_FROM (default 0) skips the corpus's first articles, to resume into a store that holds them;
// BENCH_STREAM_MINUTES stops after the chunk that crosses this time, for the largest size that fits.
// BENCH_CORPUS picks the generated corpus (generate-corpus.ts): varied (default) or recombined.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { openStore } from '../../src/store/open-store.js';
import { corpusKindFromEnv, corpusStream } from './generate-corpus.js';

const total = Number(process.env.BENCH_STREAM_ARTICLES ?? 100_000);
const chunk = Number(process.env.BENCH_STREAM_CHUNK ?? 1_000);
const packName = process.env.BENCH_STREAM_PACK ?? 'ukraine-peace-talks';
const pack = packName === 'none' ? null : resolvePack(packName);
const work = mkdtempSync(join(tmpdir(), 'parley-stream-bench-'));
const target = process.env.BENCH_STREAM_STORE ?? join(work, 'stream.db');
const from = Number(process.env.BENCH_STREAM_FROM ?? 0);
const minutes = Number(process.env.BENCH_STREAM_MINUTES ?? Infinity);

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0).padStart(5)} MB`;

interface Sample {
  done: number;
  rss: number;
  /** Peak RSS seen during this chunk (sampled after every input). */
  chunkPeak: number;
  heap: number;
}

try {
  const stream = corpusStream('test/fixtures/articles', 7);
  stream.skip(from);
  const store = await openStore(target);
  const samples: Sample[] = [];
  let peak = 0;
  let chunkPeak = 0;
  const sample = (): void => {
    const rss = process.memoryUsage.rss();
    chunkPeak = Math.max(chunkPeak, rss);
    peak = Math.max(peak, rss);
  };
  const start = performance.now();
  let done = 0;
  let stored = 0;
  console.log(
    `streaming ${total} generated articles (${corpusKindFromEnv()} corpus, from number ${from}) in chunks of ${chunk} into ${target.replace(/\/\/.*@/, '//…@')}` +
      ` (pack ${packName}, ${await store.countDocuments()} articles already stored)`,
  );
  console.log('    done   articles/s (run / chunk)   RSS now   peak RSS   heap used');
  while (done < total) {
    const size = Math.min(chunk, total - done);
    const dir = join(work, 'chunk');
    stream.write(dir, size);
    chunkPeak = 0;
    const chunkStart = performance.now();
    const summary = await ingestInputs(store, [dir], { pack, onProgress: sample });
    const chunkSeconds = (performance.now() - chunkStart) / 1000;
    rmSync(dir, { recursive: true, force: true });
    sample();
    done += size;
    stored += summary.ingested;
    if (summary.failures.length > 0) console.log(`  ${summary.failures.length} failures in this chunk`);
    const memory = process.memoryUsage();
    samples.push({ done, rss: memory.rss, chunkPeak, heap: memory.heapUsed });
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `  ${String(done).padStart(6)}   ${(done / seconds).toFixed(0).padStart(5)} / ${(size / chunkSeconds).toFixed(0).padStart(5)}           ${mb(memory.rss)}   ${mb(peak)}   ${mb(memory.heapUsed)}`,
    );
    if (seconds > minutes * 60 && done < total) {
      console.log(`stopping at ${done} of ${total}: BENCH_STREAM_MINUTES=${minutes} reached`);
      break;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const tenth = Math.max(1, Math.round(samples.length / 10));
  const first = samples.slice(0, tenth);
  const last = samples.slice(-tenth);
  const peakOf = (list: Sample[]): number => Math.max(...list.map((s) => s.chunkPeak));
  const heapOf = (list: Sample[]): number => Math.max(...list.map((s) => s.heap));
  const growth = peakOf(last) / peakOf(first);
  console.log(
    `\n${stored} stored of ${done} streamed in ${(seconds / 60).toFixed(1)} min (${(done / seconds).toFixed(0)} articles/s); ${await store.countDocuments()} in the store; peak RSS ${mb(peak).trim()}`,
  );
  console.log(
    `peak RSS over the first 10% (${first.at(-1)!.done} articles) ${mb(peakOf(first)).trim()}, over the last 10% ${mb(peakOf(last)).trim()}: ` +
      `×${growth.toFixed(2)}; heap used ${mb(heapOf(first)).trim()} → ${mb(heapOf(last)).trim()}. ` +
      (growth > 1.25
        ? 'RSS grew with the article count.'
        : 'RSS stayed flat: memory is bounded by the chunk, not the corpus.'),
  );
  await store.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
