import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('reuses a statement for the same SQL and evicts the least recently used beyond capacity', () => {
    const database = new Database(':memory:');
    const cached = withStatementCache(database, 2);
    const one = cached.prepare('select 1');
    expect(cached.prepare('select 1')).toBe(one);
    cached.prepare('select 2');
    cached.prepare('select 1'); // now most recent
    cached.prepare('select 3'); // evicts select 2
    expect(cached.prepare('select 1')).toBe(one);
    expect(cached.prepare('select 1').all([])).toEqual([{ 1: 1 }]);
    cached.close();
    expect(database.open).toBe(false);
  });
});
