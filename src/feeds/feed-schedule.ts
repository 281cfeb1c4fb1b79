/** How the next poll time grows after errors. All in seconds. */
export interface BackoffPolicy {
  /** The longest wait after errors, however many in a row. Default 6 hours. */
  maxBackoffSeconds: number;
}

/** Six hours: a feed that has been failing for a day is still tried four times a day. */
export const DEFAULT_MAX_BACKOFF_SECONDS = 6 * 60 * 60;

/**
 * Seconds to wait before polling a feed again. After a success, its interval. After the n-th failure in a
 * row, the interval times 2^n, capped at `maxBackoffSeconds` (but never below the interval itself), so a
 * broken or overloaded server is asked less and less often, and a feed recovers on its own once it answers.
 */
export function nextPollDelaySeconds(
  intervalSeconds: number,
  consecutiveErrors: number,
  policy: BackoffPolicy = { maxBackoffSeconds: DEFAULT_MAX_BACKOFF_SECONDS },
): number {
  if (consecutiveErrors <= 0) return intervalSeconds;
  const grown = intervalSeconds * 2 ** Math.min(consecutiveErrors, 30);
  return Math.max(intervalSeconds, Math.min(grown, policy.maxBackoffSeconds));
}

/** `now` plus `seconds`, as the ISO string the store keeps. */
export function addSeconds(now: Date, seconds: number): string {
  return new Date(now.getTime() + seconds * 1000).toISOString();
}
