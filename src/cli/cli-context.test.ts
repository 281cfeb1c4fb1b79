import { describe, expect, it } from 'vitest';
import { resolveDb } from './cli-context.js';

describe('resolveDb', () => {
  const url = 'postgres://postgres@127.0.0.1:5432/test?schema=parley';
  it.each([
    ['--db wins over PARLEY_DB', 'given.db', { PARLEY_DB: url }, 'given.db'],
    ['--db may be a url', url, {}, url],
    ['PARLEY_DB is the default when --db is absent', undefined, { PARLEY_DB: url }, url],
    ['PARLEY_DB may be a file', undefined, { PARLEY_DB: '/data/parley.db' }, '/data/parley.db'],
    ['./parley.db without either', undefined, {}, './parley.db'],
    ['a blank PARLEY_DB counts as unset', undefined, { PARLEY_DB: '  ' }, './parley.db'],
  ])('%s', (_label, option, env, expected) => {
    expect(resolveDb(option, env)).toBe(expected);
  });
});
