import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { ingestInputs } from './ingest-service.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
  store = await openStore(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('ingestInputs', () => {
  it('stores each article once, segmented, with its producer recorded', async () => {
    const a = write('a.txt', 'Envoys Meet in Riga\n\nThe envoys met on Monday. They talked for hours.\n');
    const summary = await ingestInputs(store, [a, a]);
    expect(summary).toMatchObject({ inputs: 1, ingested: 1, duplicates: 0, failures: [] });
    expect(await ingestInputs(store, [a])).toMatchObject({ ingested: 0, duplicates: 1 });
    const doc = await store.getDocument(summary.documentIds[0] ?? '');
    expect(doc?.producers.sentences).toBe('segment@1');
    expect(doc?.layers.sentences?.map((s) => doc.text.slice(s.span.start, s.span.end))).toEqual([
      'Envoys Meet in Riga',
      'The envoys met on Monday.',
      'They talked for hours.',
    ]);
  });

  it('retries a failed batch one document at a time, so one unstorable article costs only itself', async () => {
    const good = write('good.txt', 'The envoys met on Monday in Riga.\n');
    const bad = write('bad.txt', 'The envoys met again on Tuesday in Oslo.\n');
    // Every method forwards to the real store except the two writes, which fail for `bad`.
    const overrides: Partial<Store> = {
      putDocuments: () => Promise.reject(new Error('disk full')),
      putDocument: (doc) =>
        doc.locations[0]?.ref === bad ? Promise.reject(new Error('disk full')) : store.putDocument(doc),
    };
    const flaky = new Proxy(store, {
      get(target, prop, receiver) {
        const override = overrides[prop as keyof Store];
        if (override) return override;
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const summary = await ingestInputs(flaky, [good, bad]);
    expect(summary.ingested).toBe(1);
    expect(summary.failures).toEqual([{ input: bad, code: 'E_INTERNAL', message: 'disk full' }]);
    expect(await store.countDocuments()).toBe(1);
  });

  it('reports a missing path and carries on', async () => {
    const good = write('good.txt', 'The envoys met on Monday in Riga.\n');
    const summary = await ingestInputs(store, [join(dir, 'missing.txt'), good]);
    expect(summary.ingested).toBe(1);
    expect(summary.failures.map((f) => f.code)).toEqual(['E_INPUT_NOT_FOUND']);
  });

  it('survives a hostile batch: 300 copies of one text under 300 names make one document', async () => {
    const files = Array.from({ length: 300 }, (_, i) =>
      write(`copy-${i}.txt`, 'The same wire story, again.\n'),
    );
    const summary = await ingestInputs(store, files);
    expect(summary.ingested).toBe(1);
    expect(summary.newLocations).toBe(299);
    const [doc] = await store.listDocuments({ limit: 10 });
    expect((await store.getDocument(doc?.id ?? ''))?.locations).toHaveLength(300);
  });
});
