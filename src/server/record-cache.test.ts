import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { RecordCache } from './record-cache.js';

/** A store whose document count the test sets: the only thing the cache reads from it. */
function countingStore(): { store: Store; setCount: (n: number) => void } {
  let count = 0;
  const store = { countDocuments: async () => count } as unknown as Store;
  return { store, setCount: (n) => void (count = n) };
}

describe('RecordCache', () => {
  it('keeps a report until the document count changes or the server invalidates it', async () => {
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
});
