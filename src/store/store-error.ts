import { ParleyError } from '../model/index.js';

/**
 * Wraps a failure in a store operation as a ParleyError `E_STORE` that says what was being done, keeping
 * the driver's error as `cause`. A ParleyError passes through unchanged, so its code and hint survive.
 */
export function storeError(action: string, cause: unknown, hint?: string): ParleyError {
  if (cause instanceof ParleyError) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ParleyError('E_STORE', `could not ${action}: ${reason}`, {
    hint: hint ?? 'check that the database is reachable and writable, then retry; if it persists, report it',
    cause,
  });
}
