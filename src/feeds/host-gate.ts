/** The poller's view of time: tests pass a fake clock and a sleep that advances it. */
export interface Timekeeper {
  now: () => Date;
  /** Resolves after `ms` (or at once when `signal` aborts, which the poller checks afterwards). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * The per-host politeness limit: at most one request to a host every `spacingMs`, whatever the number of
 * feeds it serves. `wait(host)` sleeps until the host's turn and books it, so calls made one after another
 * are spaced; the poller polls feeds one at a time, so no two calls race for the same slot.
 */
export class HostGate {
  readonly #last = new Map<string, number>();
  readonly #spacingMs: number;
  readonly #time: Timekeeper;

  constructor(spacingMs: number, time: Timekeeper) {
    this.#spacingMs = Math.max(0, spacingMs);
    this.#time = time;
  }

  /** Waits until a request to `host` is allowed, then records it as made now. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const last = this.#last.get(host);
    if (last !== undefined) {
      const waitMs = last + this.#spacingMs - this.#time.now().getTime();
      if (waitMs > 0) await this.#time.sleep(waitMs, signal);
    }
    this.#last.set(host, this.#time.now().getTime());
  }
}

/** Real time: the system clock and a timer that an abort signal cuts short. */
export const REAL_TIME: Timekeeper = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};
