import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../migration-runner.js';
import type { Migration, MigrationDatabase } from '../migration-runner.js';
import { withWriteTransaction } from './write-transaction.js';

// The shared runner, exercised on a real SQLite file with the SQLite transaction.
describe('runMigrations on SQLite', () => {
  let directory: string;
  let file: string;
  let open: Array<Kysely<MigrationDatabase>>;

  const connect = () => {
    const db = new Kysely<MigrationDatabase>({
      dialect: new SqliteDialect({ database: new Database(file) }),
    });
    open.push(db);
    return db;
  };
  const run = (db: Kysely<MigrationDatabase>, migrations: Migration[]) =>
    runMigrations(db, migrations, (fn) => withWriteTransaction(db, fn));
  const createTable = (version: number, table: string): Migration => ({
    version,
    name: `create-${table}`,
    up: async (db) => void (await sql`create table ${sql.table(table)} (x integer)`.execute(db)),
  });
  const tables = (db: Kysely<MigrationDatabase>) =>
    sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name like 't%' order by name`
      .execute(db)
      .then((result) => result.rows.map((row) => row.name));

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'parley-migrations-'));
    file = join(directory, 'm.db');
    open = [];
  });
  afterEach(async () => {
    for (const db of open) await db.destroy();
    await rm(directory, { recursive: true, force: true });
  });

  it('applies pending migrations in order, then nothing on the next run', async () => {
    const migrations = [createTable(1, 't1'), createTable(2, 't2')];
    expect(await run(connect(), migrations)).toEqual([1, 2]);
    expect(await run(connect(), migrations)).toEqual([]);
    expect(await run(connect(), [...migrations, createTable(3, 't3')])).toEqual([3]);
    expect(await tables(connect())).toEqual(['t1', 't2', 't3']);
  });

  it('leaves neither half a schema nor a record when a migration fails, and retries it next time', async () => {
    const failing: Migration = {
      version: 2,
      name: 'half-done',
      up: async (db) => {
        await sql`create table t_half (x integer)`.execute(db);
        throw new Error('disk on fire');
      },
    };
    const db = connect();
    await expect(run(db, [createTable(1, 't1'), failing])).rejects.toThrow('disk on fire');
    expect(await tables(db)).toEqual(['t1']);
    expect(await run(db, [createTable(1, 't1'), createTable(2, 't_half')])).toEqual([2]);
  });

  it('refuses a list whose versions do not increase', async () => {
    await expect(run(connect(), [createTable(2, 't2'), createTable(2, 't3')])).rejects.toThrow(
      /integer version above 2/,
    );
    await expect(run(connect(), [createTable(1.5, 't1')])).rejects.toThrow(/integer version/);
  });
});
