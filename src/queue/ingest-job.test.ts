import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../ingest/build-document.js';
import { defaultPipeline } from '../pipeline/index.js';
import { processDocument } from '../service/process-document.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { ingestOutcomes } from './ingest-job.js';
import { readBytes } from './read-bytes.js';

const TEXT =
  'Talks resume in Geneva\n\nUkrainian President Volodymyr Zelensky met Donald Trump in Geneva on Monday, ' +
  'officials said. Zelensky told reporters the talks were constructive.\n';
const context = { pipeline: defaultPipeline(), pack: null };
const outcome = (ref: string, text = TEXT) => readBytes(Buffer.from(text), ref);

describe('ingestOutcomes', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores a copy once and runs its corpus steps once, for the job that inserted it', async () => {
    const [first, copy] = await ingestOutcomes(
      store,
      [
        { outcome: outcome('/feeds/a.txt'), retry: false },
        { outcome: outcome('/feeds/b.txt'), retry: false },
      ],
      context,
    );
    expect([first!.ingested, first!.duplicates, copy!.ingested, copy!.duplicates]).toEqual([1, 0, 0, 1]);
    expect(await store.countDocuments()).toBe(1);
    expect(await store.listDuplicates()).toEqual([]); // a second run would have linked it to itself
    const [again] = await ingestOutcomes(
      store,
      [{ outcome: outcome('/feeds/c.txt'), retry: false }],
      context,
    );
    expect(again).toMatchObject({ ingested: 0, duplicates: 1 });
    expect((await store.getDocument(first!.documentIds[0]!))!.locations.map((l) => l.ref)).toEqual([
      '/feeds/a.txt',
      '/feeds/b.txt',
      '/feeds/c.txt',
    ]);
  });

  it('on a retry, runs the corpus steps an earlier attempt stored the article but died before', async () => {
    const doc = processDocument(context.pipeline, buildDocument(outcome('/feeds/a.txt').docs[0]!));
    await store.putDocuments([doc]); // the dead attempt: stored, no corpus step run
    await ingestOutcomes(store, [{ outcome: outcome('/feeds/a.txt'), retry: false }], context);
    expect(await store.listActorLinks([doc.id])).toEqual([]);
    const [report] = await ingestOutcomes(
      store,
      [{ outcome: outcome('/feeds/a.txt'), retry: true }],
      context,
    );
    expect(report).toMatchObject({ ingested: 0, duplicates: 1, failures: [] });
    expect((await store.listActorLinks([doc.id])).length).toBeGreaterThan(0);
    expect((await store.listEventRecords()).some((record) => record.docId === doc.id)).toBe(true);
  });

  it('runs the corpus steps when a batch committed but its put still failed (one-by-one fallback)', async () => {
    // The batch lands, then the call fails (a lost connection, a failing step after the commit).
    const flaky = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'putDocuments') return typeof value === 'function' ? value.bind(target) : value;
        return async (docs: Parameters<Store['putDocuments']>[0]) => {
          await target.putDocuments(docs);
          throw new Error('connection lost after commit');
        };
      },
    });
    const [report] = await ingestOutcomes(
      flaky,
      [{ outcome: outcome('/feeds/a.txt'), retry: false }],
      context,
    );
    expect(report).toMatchObject({ ingested: 0, duplicates: 1, failures: [] });
    const id = report!.documentIds[0]!;
    expect((await store.listActorLinks([id])).length).toBeGreaterThan(0);
    expect((await store.listEventRecords()).some((record) => record.docId === id)).toBe(true);
  });

  it('reports an unreadable input in its own job and stores the others', async () => {
    const [bad, good] = await ingestOutcomes(
      store,
      [
        { outcome: outcome('/feeds/empty.txt', ''), retry: false },
        { outcome: outcome('/feeds/a.txt'), retry: false },
      ],
      context,
    );
    expect(bad!.failures.map((f) => [f.input, f.code])).toEqual([['/feeds/empty.txt', 'E_INPUT_EMPTY']]);
    expect(good).toMatchObject({ ingested: 1, failures: [] });
  });

  it('records a new text at the same url as the next version, as parley ingest does', async () => {
    const url = 'https://news.example/geneva-talks';
    await ingestOutcomes(store, [{ outcome: outcome(url), retry: false }], context);
    const changed = TEXT.replace('constructive', 'difficult but useful');
    const [again] = await ingestOutcomes(store, [{ outcome: outcome(url, changed), retry: false }], context);
    expect(again!.ingested).toBe(1);
    const versions = await store.listVersions({ url });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.supersedes).toBe(versions[0]!.docId);
    let current = 0;
    for await (const _ of store.exportAll()) current++;
    expect(current).toBe(1);
  });
});
