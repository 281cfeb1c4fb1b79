import type { Kysely } from 'kysely';
import { takeAdvisoryLock } from './advisory-locks.js';
import type { AdvisoryLock } from './advisory-locks.js';

/** SQLSTATEs after which the whole transaction may simply run again: deadlock, serialisation failure. */
const RETRYABLE = new Set(['40P01', '40001']);
/** How many times a retryable transaction runs at most. */
const MAX_ATTEMPTS = 3;

/** Whether `error`, or any error in its `cause` chain, is a deadlock or serialisation failure. */
export function isRetryable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE.has(code)) return true;
    current = current.cause;
  }
  return false;
}

/** How a write transaction runs: which step lock it takes first, and how. */
export interface TransactionOptions {
  lock?: AdvisoryLock;
  /**
   * For work that can deadlock with itself and calls no user callback (batches of puts, whose rows two
   * batches may lock in opposite orders): take `lock` shared, so such transactions still run side by side,
   * and after a deadlock run again holding it exclusive. The retry then waits for every batch in flight to
   * finish and runs alone, so it cannot deadlock again. At most 3 attempts.
   */
  exclusiveRetry?: boolean;
}

/**
 * Runs `fn` in one READ COMMITTED transaction that commits when it resolves and rolls back when it throws,
 * taking the step's advisory lock first when one is named.
 */
export async function withTransaction<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Kysely<DB>) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const { lock, exclusiveRetry = false } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        if (lock) await takeAdvisoryLock(trx, lock, exclusiveRetry && attempt === 1 ? 'shared' : 'exclusive');
        return fn(trx);
      });
    } catch (error) {
      if (!exclusiveRetry || attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}
