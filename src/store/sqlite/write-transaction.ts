import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Runs `fn` in one SQLite write transaction started with BEGIN IMMEDIATE, and returns its result. It
 * commits when `fn` resolves and rolls back when it throws. IMMEDIATE takes the write lock before the first
 * read, so a writer in another process waits (busy_timeout) instead of failing with SQLITE_BUSY when a read
 * transaction tries to become a write transaction; kysely's own `transaction()` issues a plain BEGIN.
 */
export async function withWriteTransaction<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    let result: T;
    try {
      result = await fn(connection);
    } catch (error) {
      await rollbackQuietly(connection);
      throw error;
    }
    try {
      await sql`commit`.execute(connection);
    } catch (error) {
      await rollbackQuietly(connection);
      throw error;
    }
    return result;
  });
}

/** SQLite may already have rolled back (on SQLITE_FULL, for one); the original error is the one to report. */
async function rollbackQuietly<DB>(connection: Kysely<DB>): Promise<void> {
  try {
    await sql`rollback`.execute(connection);
  } catch {
    // no transaction left to roll back
  }
}
