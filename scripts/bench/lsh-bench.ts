// npm run bench (second part): the cost of the near-duplicate step. Fills an LSH index with
// BENCH_LSH_INDEX (default 100,000) articles' signatures, then times adding real articles to it one by
// one: signature, candidate lookup, comparison, and the write, each in its own transaction. Prints numbers;
// asserts nothing.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BANDS, SIGNATURE_SIZE, bandKeys } from '../../src/corpus/minhash.js';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import { indexDuplicates } from '../../src/service/duplicate-service.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { generateCorpus } from './generate-corpus.js';

const size = Number(process.env.BENCH_LSH_INDEX ?? 100_000);
const added = 200;
const work = mkdtempSync(join(tmpdir(), 'parley-lsh-'));
const file = join(work, 'lsh.db');

try {
  (await openSqliteStore(file)).close();
  // The index is filled directly, with random signatures: what adding one article costs depends on how many
  // articles the index holds and how many share its band keys, not on their text.
  const fillStart = performance.now();
  const db = new Database(file);
  let state = 12345;
  const random32 = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const insertDoc = db.prepare(
    `insert into documents (id, content_hash, format, title, text, text_length, raw, offset_map, meta, source,
       published_precision, published_basis, signals, signal_count)
     values (?, ?, 'text', 'null', '', 0, '', '[]', '{}', '{}', 'unknown', 'unknown', '[]', 0)`,
  );
  const insertSig = db.prepare(
    'insert into document_signatures (doc_id, signature, source) values (?, ?, null)',
  );
  const insertKey = db.prepare('insert or ignore into lsh_buckets (key, doc_id) values (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < size; i += 1) {
      const id = `doc_fill${String(i).padStart(8, '0')}`;
      const signature = Array.from({ length: SIGNATURE_SIZE }, random32);
      insertDoc.run(id, `hash${i}`);
      insertSig.run(id, JSON.stringify(signature));
      for (const key of bandKeys(signature)) insertKey.run(key, id);
    }
  })();
  db.close();
  const fillSeconds = (performance.now() - fillStart) / 1000;

  const corpus = join(work, 'corpus');
  const files = generateCorpus('test/fixtures/articles', corpus, added, 11);
  const store = await openSqliteStore(file);
  const docs = [];
  for (const path of files) {
    const outcome = await readInput(path, {});
    docs.push(...outcome.docs.map((raw) => buildDocument(raw)));
  }
  await store.putDocuments(docs);
  const times: number[] = [];
  for (const doc of docs) {
    const start = performance.now();
    await indexDuplicates(store, [doc]);
    times.push(performance.now() - start);
  }
  await store.close();
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p = (q: number): string =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
  console.log(
    `\nnear-duplicate index (MinHash ${SIGNATURE_SIZE}, LSH ${BANDS} bands), ${size} articles indexed in ${fillSeconds.toFixed(1)} s:`,
  );
  console.log(
    `  adding one article: mean ${mean.toFixed(2)} ms, median ${p(0.5)} ms, p95 ${p(0.95)} ms (${added} articles)`,
  );
  console.log(
    `  (the added articles are recombined from the sample's paragraphs, so they share band keys with each\n` +
      `   other; the slow tail is those comparisons. ${readFileSync(files[0]!, 'utf8').length} characters in the first.)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
