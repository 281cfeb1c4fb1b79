import type { PoolConfig } from 'pg';
import { ParleyError } from '../../model/index.js';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/u;

/** What `openPostgresStore` needs from a url: the pool's settings, the schema to use, and a safe label. */
export interface PostgresTarget {
  pool: PoolConfig;
  /** The schema named by `?schema=`, created on open if missing; null for the server's search_path. */
  schema: string | null;
  /** The url without its password, for messages. */
  label: string;
}

/**
 * Reads a `postgres://` url. A `schema=NAME` query parameter (a plain identifier) becomes the connection's
 * `search_path`, so several stores (or test runs) can share one database; any `options` in the url are
 * kept. Everything else is left to the `pg` driver's own url parsing.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new ParleyError('E_USAGE', 'malformed PostgreSQL url', {
      hint: 'write it as postgres://user@host:5432/database?schema=name',
      cause: error,
    });
  }
  const schema = parsed.searchParams.get('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new ParleyError('E_USAGE', `schema ${JSON.stringify(schema)} is not a plain identifier`, {
      hint: 'use letters, digits and underscores, starting with a letter or underscore',
    });
  }
  const urlOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('options');
  const options = [urlOptions, schema && `-c search_path=${schema}`].filter(Boolean).join(' ');
  const label = new URL(url);
  if (label.password) label.password = '…';
  return {
    pool: { connectionString: parsed.toString(), ...(options ? { options } : {}) },
    schema,
    label: label.toString(),
  };
}
