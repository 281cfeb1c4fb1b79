import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The advisory locks the PostgreSQL store takes, one per step that several processes may run at once.
 * Each is a transaction-level lock (`pg_advisory_xact_lock(step, scope)`), released by commit or rollback,
 * so a crashed worker never leaves one held. The first key is fixed per step; the second is a hash of the
 * connection's search_path, so stores in different schemas of one database do not wait for each other.
 * `extension` is the one database-wide lock (scope 0): extensions are per database, not per schema.
 * See README.md for what each guards.
 */
export const ADVISORY_LOCKS = {
  migrate: 0x50_41_52_01,
  ingest: 0x50_41_52_07,
  extension: 0x50_41_52_02,
  actors: 0x50_41_52_03,
  events: 0x50_41_52_04,
  anchors: 0x50_41_52_05,
  duplicates: 0x50_41_52_06,
  versions: 0x50_41_52_08,
} as const;

/** The name of one step's lock. */
export type AdvisoryLock = keyof typeof ADVISORY_LOCKS;

/**
 * Takes `lock` for the rest of the caller's transaction, waiting for any holder in the other mode (or, for
 * `exclusive`, any holder at all) to finish.
 */
export async function takeAdvisoryLock<DB>(
  trx: Kysely<DB>,
  lock: AdvisoryLock,
  mode: 'exclusive' | 'shared' = 'exclusive',
): Promise<void> {
  const scope = lock === 'extension' ? sql`0` : sql`hashtext(current_setting('search_path'))`;
  const take = mode === 'shared' ? sql`pg_advisory_xact_lock_shared` : sql`pg_advisory_xact_lock`;
  await sql`select ${take}(${sql.lit(ADVISORY_LOCKS[lock])}, ${scope})`.execute(trx);
}
