import { sql } from 'kysely';
import type { Generated, Kysely } from 'kysely';
import { ParleyError } from '../model/index.js';

/** The table that records which migrations ran. Every backend shares it. */
export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Generated<string>;
}

/** The part of a backend's database the runner needs; each backend's table types extend it. */
export interface MigrationDatabase {
  schema_migrations: SchemaMigrationsTable;
}

/**
 * One step of a schema's history. Versions are positive integers, strictly increasing along the list, and
 * never reused or edited once released: a change is a new migration.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<MigrationDatabase>): Promise<void>;
}

/**
 * Runs `fn` in one write transaction and returns its result; the backend decides how (SQLite takes the
 * write lock first with BEGIN IMMEDIATE, PostgreSQL would also take an advisory lock).
 */
export type Transact = <T>(fn: (db: Kysely<MigrationDatabase>) => Promise<T>) => Promise<T>;

/**
 * Applies every migration whose version is not yet in `schema_migrations`, in order, each together with
 * its record in one transaction: a migration that fails or crashes leaves neither half a schema nor a
 * record, and the next open retries it. Running it again is a no-op; two processes running it at once apply
 * each migration once, because each transaction re-reads the record under the write lock. Kysely's own
 * Migrator is not used because on SQLite it runs migrations outside any transaction. Returns the versions
 * applied now.
 */
export async function runMigrations(
  db: Kysely<MigrationDatabase>,
  migrations: readonly Migration[],
  transact: Transact,
): Promise<number[]> {
  checkOrder(migrations);
  // An up-to-date store is opened with reads only, so opening it never waits for the write lock that
  // another process (an ingest, a worker) holds: a reader beside a long ingest opens at once.
  const recorded = await readApplied(db);
  if (recorded === null) {
    await db.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
      .execute();
  }
  await refuseNewerSchema(db, migrations);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (recorded?.has(migration.version)) continue;
    const ran = await transact(async (trx) => {
      const done = await trx
        .selectFrom('schema_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (done) return false;
      await migration.up(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name })
        .execute();
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

/** The versions recorded as applied, or null when there is no `schema_migrations` table yet. */
async function readApplied(db: Kysely<MigrationDatabase>): Promise<Set<number> | null> {
  try {
    const rows = await db.selectFrom('schema_migrations').select('version').execute();
    return new Set(rows.map((row) => Number(row.version)));
  } catch {
    return null;
  }
}

function checkOrder(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const { version, name } of migrations) {
    if (!Number.isInteger(version) || version <= previous) {
      throw new Error(`migration ${version} "${name}" must have an integer version above ${previous}`);
    }
    previous = version;
  }
}

async function refuseNewerSchema(
  db: Kysely<MigrationDatabase>,
  migrations: readonly Migration[],
): Promise<void> {
  const latest = migrations.at(-1)?.version ?? 0;
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  const found = Number(row?.version ?? 0);
  if (found > latest) {
    throw new ParleyError(
      'E_STORE',
      `the database is at schema version ${found}; this Parley knows up to ${latest}`,
      {
        hint: 'upgrade Parley, or point it at another database file',
      },
    );
  }
}
