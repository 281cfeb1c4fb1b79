import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/**
 * The WAL size, in pages, at which the writing connection checkpoints by itself: a safety net for when the
 * background checkpointer falls behind or cannot run. SQLite's default is 1,000 pages (4 MB); a batch of
 * 64 articles writes about that much, so without a checkpointer nearly every commit paid for a checkpoint.
 */
export const WRITER_CHECKPOINT_PAGES = 16_000;

/** SQLite's default, restored when the background checkpointer stops or fails. */
const DEFAULT_CHECKPOINT_PAGES = 1000;

/** How often the checkpointer copies the WAL into the database file, in milliseconds. */
export const CHECKPOINT_INTERVAL_MS = 100;

/** What one checkpoint did: SQLite's `wal_checkpoint` row (busy, frames in the WAL, frames copied). */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** A running checkpointer. */
export interface Checkpointer {
  /** Calls `listener` after each checkpoint that found frames to copy. */
  onCheckpoint(listener: (result: CheckpointResult) => void): void;
  /** Stops the thread and closes its connection; the writing connection checkpoints by itself again. */
  stop(): Promise<void>;
}

// Plain JavaScript, so it runs the same under dist/ and under tsx: its own connection, a PASSIVE
// checkpoint on a timer (never blocks the writer or readers), and a clean stop.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    if (row && row.log > 0) parentPort.postMessage({ type: 'checkpoint', busy: row.busy, log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ type: 'stopped' });
});
`;

type WorkerMessage =
  ({ type: 'checkpoint' } & CheckpointResult) | { type: 'error'; message: string } | { type: 'stopped' };

/**
 * Starts a thread that checkpoints the WAL of `file` (copies committed pages into the database file, and
 * fsyncs) while `database`, the connection that writes, goes on: checkpoints cost the writing thread about
 * 1.5 ms an article in a bulk ingest, most of it waiting on the disk. The writing connection keeps a
 * checkpoint of its own only past `WRITER_CHECKPOINT_PAGES`. If the thread fails to start or stops, the
 * writing connection is set back to SQLite's default and checkpoints as before, so nothing depends on it.
 * The thread is unreferenced: it never keeps the process alive.
 */
export function startCheckpointer(
  database: Database.Database,
  file: string,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } });
  worker.unref();
  database.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  const listeners: Array<(result: CheckpointResult) => void> = [];
  let stopped = false;
  const fallBack = (): void => {
    stopped = true;
    if (database.open) database.pragma(`wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`);
  };
  let onStopped: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (onStopped = resolve));
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'checkpoint') {
      const { busy, log, checkpointed } = message;
      for (const listener of listeners) listener({ busy, log, checkpointed });
    } else if (message.type === 'stopped') onStopped();
  });
  worker.on('error', fallBack);
  worker.on('exit', () => {
    if (!stopped) fallBack();
    onStopped();
  });
  return {
    onCheckpoint(listener) {
      listeners.push(listener);
    },
    async stop() {
      if (stopped) return;
      fallBack();
      worker.postMessage('stop');
      await done;
      await worker.terminate();
    },
  };
}
