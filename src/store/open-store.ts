import { ParleyError } from '../model/index.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;
const ANY_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Opens the store a user named: a `postgres://` or `postgresql://` url selects PostgreSQL, anything else is
 * a SQLite file path (created if missing; `:memory:` for a throwaway store). A PostgreSQL url may name a
 * schema with `?schema=NAME` (created if missing). The schema is migrated on open. Other urls fail with
 * E_USAGE rather than becoming a file named after the url.
 */
export async function openStore(target: string): Promise<Store> {
  if (target.trim() === '') {
    throw new ParleyError('E_USAGE', 'no store given', {
      hint: 'pass a SQLite file path or a postgres:// url',
    });
  }
  if (POSTGRES_URL.test(target)) return openPostgresStore(target);
  if (ANY_URL.test(target)) {
    throw new ParleyError('E_USAGE', `unsupported store url ${target.replace(/\/\/.*@/, '//…@')}`, {
      hint: 'pass a SQLite file path or a postgres:// url',
    });
  }
  return openSqliteStore(target);
}
