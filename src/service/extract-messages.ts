import type { WireDocument } from './document-wire.js';
import type { Document, ErrorCode } from '../model/index.js';
import type { ProcessOptions } from './process-document.js';

/** The pack and anchors jobs run against, sent once per change rather than with every document. */
export interface ContextMessage {
  type: 'context';
  context: number;
  options: ProcessOptions;
}

/** One built document to run the pipeline on, against the context of that number. */
export interface ExtractJob {
  type: 'job';
  id: number;
  context: number;
  doc: Document;
}

/** What the main thread sends a worker. */
export type PoolMessage = ContextMessage | ExtractJob;

/**
 * An error thrown in a worker, as plain data: a coded `ParleyError` keeps its code, hint and place so the
 * batch report reads the same as a single-threaded run's.
 */
export type WorkerFailure =
  | { parley: true; code: ErrorCode; message: string; hint?: string; file?: string; line?: number }
  | { parley: false; message: string };

/** Sent once by a worker when its modules and models are loaded and it can take jobs. */
export interface ReadyMessage {
  type: 'ready';
}

/**
 * A worker's answer to one job: the processed document as JSON text (`WireDocument`), with its MinHash
 * signature for the near-duplicate step; or the failure.
 */
export type ExtractReply =
  { id: number; doc: WireDocument; signature: number[] } | { id: number; failure: WorkerFailure };
