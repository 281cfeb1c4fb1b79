import { ParleyError } from '../model/index.js';

/** The job kinds a worker takes; each is a pg-boss queue of that name. */
export const JOB_KINDS = ['fetch-url', 'ingest-document', 'corpus-steps'] as const;

/** One job kind. */
export type JobKind = (typeof JOB_KINDS)[number];

/** `fetch-url`: fetch and read a url (page or feed) on the worker, then ingest its articles. */
export interface FetchUrlJob {
  url: string;
}

/** `ingest-document`: one input's bytes (base64) read on the enqueuing machine, and the path it was read from. */
export interface IngestDocumentJob {
  input: string;
  bytes: string;
}

/** `corpus-steps`: run the corpus steps again for stored documents (idempotent). */
export interface CorpusStepsJob {
  ids: string[];
}

/** Where the queue lives and how its jobs are retried. */
export interface QueueSettings {
  /** The server, without the store's `?schema=`. */
  connectionString: string;
  /** pg-boss's own schema: `<store schema>_queue`, else `parley_queue`. */
  schema: string;
  /** Runs after the first (a killed or failed job runs at most 1 + retryLimit times). */
  retryLimit: number;
  /** An active job not completed within this is failed by the supervisor, and retried. */
  expireInSeconds: number;
  /** How often a worker's pg-boss supervises (expires stuck jobs, archives done ones). */
  superviseSeconds: number;
}

const DEFAULTS = { retryLimit: 5, expireInSeconds: 300, superviseSeconds: 30 };

/**
 * The queue beside the store at `storeUrl`. The queue's schema follows the store's (`?schema=news` →
 * `news_queue`) so two stores on one server, and parallel tests, never share jobs. Retry settings come
 * from PARLEY_QUEUE_RETRY_LIMIT, PARLEY_QUEUE_EXPIRE_SECONDS and PARLEY_QUEUE_SUPERVISE_SECONDS when set:
 * the expiry is how long a dead worker's job waits before it runs again, so tests make it short.
 */
export function queueSettings(storeUrl: string, env: Record<string, string | undefined> = {}): QueueSettings {
  if (!/^postgres(?:ql)?:\/\//i.test(storeUrl)) {
    throw new ParleyError('E_USAGE', 'the job queue needs a PostgreSQL store', {
      hint: 'pass --db postgres://… (or set PARLEY_DB); workers on several machines share one server',
    });
  }
  const url = new URL(storeUrl);
  const storeSchema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  return {
    connectionString: url.toString(),
    schema: storeSchema ? `${storeSchema}_queue` : 'parley_queue',
    retryLimit: whole(env.PARLEY_QUEUE_RETRY_LIMIT, DEFAULTS.retryLimit, 0),
    expireInSeconds: whole(env.PARLEY_QUEUE_EXPIRE_SECONDS, DEFAULTS.expireInSeconds, 1),
    superviseSeconds: whole(env.PARLEY_QUEUE_SUPERVISE_SECONDS, DEFAULTS.superviseSeconds, 1),
  };
}

function whole(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new ParleyError('E_USAGE', `expected a whole number of at least ${min}, got "${value}"`, {
      hint: 'check the PARLEY_QUEUE_* environment variables',
    });
  }
  return n;
}
