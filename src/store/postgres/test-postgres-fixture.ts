import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../open-store.js';
import type { StoreFixture } from '../store.contract.js';
import type { Store } from '../store.js';

/** The server the PostgreSQL tests use: PARLEY_TEST_PG_URL, else the local one with trust auth. */
export const TEST_POSTGRES_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether the test server answers, and if not why. Off CI a missing server skips the suite (a fresh clone
 * need not run PostgreSQL); on CI (`CI=true`), where the server is always started, it throws so the run
 * fails instead of passing with nothing tested.
 */
export async function probeTestPostgres(): Promise<{ available: boolean; reason: string }> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return { available: true, reason: '' };
  } catch (error) {
    const reason = `PostgreSQL at ${TEST_POSTGRES_URL} did not answer (${error instanceof Error ? error.message : String(error)}); set PARLEY_TEST_PG_URL or start the server`;
    if (process.env.CI === 'true') throw new Error(`${reason}. CI always has the server, so this fails.`);
    console.warn(`skipping the PostgreSQL store tests: ${reason}`);
    return { available: false, reason };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one statement on the test server over a short-lived connection. */
export async function adminQuery(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A StoreFixture on a fresh schema of the test database, plus the schema's name and the store url. */
export interface PostgresFixture extends StoreFixture {
  schema: string;
  url: string;
}

/** The url of `schema` on the test server, through the same `?schema=` the CLI accepts. */
export function schemaUrl(schema: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/**
 * Creates `parley_test_<random>` and opens a store on it through `openStore`, as the CLI does, so parallel
 * test files never share tables. `reopen` opens another store on the same schema; `cleanup` closes them
 * all and drops the schema.
 */
export async function testPostgresFixture(): Promise<PostgresFixture> {
  const schema = `parley_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const url = schemaUrl(schema);
  const opened: Store[] = [];
  const open = async (): Promise<Store> => {
    const store = await openStore(url);
    opened.push(store);
    return store;
  };
  return {
    store: await open(),
    schema,
    url,
    reopen: open,
    async cleanup() {
      for (const store of opened) await store.close();
      await adminQuery(`drop schema if exists ${schema} cascade`);
    },
  };
}
