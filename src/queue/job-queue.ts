import PgBoss from 'pg-boss';
import { JOB_KINDS } from './queue-settings.js';
import type { JobKind, QueueSettings } from './queue-settings.js';

/** Job counts of one kind by state, as pg-boss keeps them (archived jobs are not counted). */
export type QueueCounts = Record<
  'created' | 'retry' | 'active' | 'completed' | 'failed' | 'cancelled',
  number
>;

/**
 * The job queue: pg-boss in its own schema, one pg-boss queue per job kind. This wrapper only fixes the
 * schema, the retry settings and the kinds; taking, retrying and expiring jobs is pg-boss's.
 */
export interface JobQueue {
  readonly boss: PgBoss;
  readonly settings: QueueSettings;
  /** Enqueues one job; returns its id. Retries and expiry are those of `settings`. */
  send(kind: JobKind, data: object): Promise<string>;
  /** Counts of one kind by state, from pg-boss's job table. */
  counts(kind: JobKind): Promise<QueueCounts>;
  /** Stops pg-boss; `graceful` waits for the jobs in hand (up to `timeoutMs`) before closing. */
  stop(graceful: boolean, timeoutMs?: number): Promise<void>;
}

/**
 * Starts pg-boss on the queue schema (creating or migrating it, safely from several processes at once) and
 * creates the job kinds' queues. `supervise` makes this process one of those that expire the jobs of dead
 * workers; only workers need it.
 */
export async function openJobQueue(settings: QueueSettings, supervise: boolean): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: settings.connectionString,
    schema: settings.schema,
    max: 4,
    supervise,
    schedule: false,
    maintenanceIntervalSeconds: settings.superviseSeconds,
    monitorStateIntervalSeconds: settings.superviseSeconds,
  });
  // pg-boss emits 'error' for failed polls and maintenance; without a listener Node would crash the worker.
  boss.on('error', (error: Error) => void process.stderr.write(`parley queue: ${error.message}\n`));
  await boss.start();
  const retry = {
    retryLimit: settings.retryLimit,
    retryDelay: 1,
    expireInSeconds: settings.expireInSeconds,
  };
  for (const kind of JOB_KINDS) await createQueue(boss, kind, retry);
  return {
    boss,
    settings,
    async send(kind, data) {
      const id = await boss.send(kind, data, retry);
      if (!id) throw new Error(`pg-boss did not accept a ${kind} job`);
      return id;
    },
    counts: (kind) => countStates(boss, settings.schema, kind),
    async stop(graceful, timeoutMs = 30_000) {
      await boss.stop({ graceful, timeout: timeoutMs, wait: true });
    },
  };
}

/**
 * Creates one kind's queue if missing. pg-boss's `create_queue` adds a partition table, and two processes
 * creating the same queue at once (workers started together on a fresh schema) can deadlock; the loser
 * tries again, and then finds the queue there.
 */
async function createQueue(boss: PgBoss, kind: JobKind, options: PgBoss.Queue | object): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(kind, { name: kind, ...options });
      return;
    } catch (error) {
      const deadlock = (error as { code?: string }).code === '40P01';
      if (!deadlock || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

async function countStates(boss: PgBoss, schema: string, kind: JobKind): Promise<QueueCounts> {
  const counts: QueueCounts = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
  const { rows } = await boss
    .getDb()
    .executeSql(`select state, count(*)::int as n from ${schema}.job where name = $1 group by state`, [kind]);
  for (const row of rows as Array<{ state: keyof QueueCounts; n: number }>) counts[row.state] = row.n;
  return counts;
}
