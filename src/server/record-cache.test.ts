import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { TEST_TEXTS, makeTestDocument } from '../store/test-documents.js';
import { RecordCache } from './record-cache.js';

/** A store whose revision the test sets: the only thing the cache reads from it. */
function countingStore(): { store: Store; setCount: (n: number) => void } {
  let count = 0;
  const store = { revision: async () => `${count}` } as unknown as Store;
  return { store, setCount: (n) => void (count = n) };
}

describe('RecordCache', () => {
  it('keeps a report until the store revision changes or the server invalidates it', async () => {
    const { store, setCount } = countingStore();
    const cache = new RecordCache(store);
    let builds = 0;
    const build = async () => ++builds;
    expect(await cache.get('brief', build)).toBe(1);
    expect(await cache.get('brief', build)).toBe(1);
    setCount(5);
    expect(await cache.get('brief', build)).toBe(2);
    cache.invalidate();
    expect(await cache.get('brief', build)).toBe(3);
    expect(await cache.get('other', build)).toBe(4);
  });

  it('shares one build between concurrent requests', async () => {
    const cache = new RecordCache(countingStore().store);
    let builds = 0;
    const slow = async () => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'report';
    };
    expect(await Promise.all([cache.get('x', slow), cache.get('x', slow), cache.get('x', slow)])).toEqual([
      'report',
      'report',
      'report',
    ]);
    expect(builds).toBe(1);
  });

  it('forgets a build that failed, so the next request tries again', async () => {
    const cache = new RecordCache(countingStore().store);
    await expect(cache.get('x', async () => Promise.reject(new Error('disk gone')))).rejects.toThrow(
      'disk gone',
    );
    expect(await cache.get('x', async () => 'rebuilt')).toBe('rebuilt');
  });

  it('sees a decision another process writes to the same SQLite file, with the document count unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cache-'));
    const path = join(dir, 'store.db');
    const server = await openStore(path);
    const other = await openStore(path);
    try {
      await server.putDocument(makeTestDocument(TEST_TEXTS.energy));
      const cache = new RecordCache(server);
      let builds = 0;
      const build = async () => ++builds;
      expect(await cache.get('brief', build)).toBe(1);
      expect(await cache.get('brief', build)).toBe(1);
      await other.putDecision({
        id: 'dec_1',
        kind: 'merge-actors',
        target: 'actors:act_a+act_b',
        value: { keep: 'act_a' },
        author: 'analyst',
        createdAt: '2026-03-01T10:00:00.000Z',
        reason: null,
        revokedAt: null,
      });
      expect(await server.countDocuments()).toBe(1);
      expect(await cache.get('brief', build)).toBe(2);
      expect(await cache.get('brief', build)).toBe(2);
    } finally {
      await other.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
