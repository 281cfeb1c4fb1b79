import { Worker } from 'node:worker_threads';
import { rememberSignature } from '../corpus/minhash.js';
import { ParleyError } from '../model/index.js';
import type { Document } from '../model/index.js';
import { fromWire } from './document-wire.js';
import type { ExtractReply, PoolMessage, ReadyMessage, WorkerFailure } from './extract-messages.js';
import type { ProcessOptions } from './process-document.js';

/** One submitted document: the context number it ran against, and its processed form. */
export interface PooledExtraction {
  context: number;
  result: Promise<Document>;
}

/**
 * Worker threads that run the default pipeline (`processDocument`) over built documents. The main thread
 * keeps the order: it sets the context (pack, anchors) and submits documents, and each result is the one
 * `processDocument` gives on the main thread, since the pipeline is pure and the data crosses as JSON,
 * less the transient layers the store drops (tokens; `WireDocument`).
 */
export interface ExtractPool {
  readonly size: number;
  /**
   * Whether a worker has loaded and can take jobs. Starting one takes seconds (modules and models); until
   * then the caller does better to run the pipeline itself than to queue work behind the start.
   */
  ready(): boolean;
  /** Resolves once a worker is ready; rejects if every worker stopped first. */
  started(): Promise<void>;
  /** Jobs answered by the workers so far. */
  readonly answered: number;
  /** The context of later submissions; returns its number. Sent to the workers once, not per document. */
  setContext(options: ProcessOptions): number;
  submit(doc: Document): PooledExtraction;
  /** Stops the workers; submissions still running are rejected. */
  close(): Promise<void>;
}

interface Waiting {
  resolve: (doc: Document) => void;
  reject: (error: unknown) => void;
}

interface Member {
  worker: Worker;
  waiting: Map<number, Waiting>;
  lost: boolean;
  ready: boolean;
}

/**
 * A submission whose worker stopped (crashed, or the pool was closed) before it answered. It says nothing
 * about the document: the caller runs the pipeline itself.
 */
export class WorkerLostError extends Error {
  constructor(reason: string) {
    super(`extraction worker lost: ${reason}`);
    this.name = 'WorkerLostError';
  }
}

/**
 * Starts `size` workers. The worker file sits beside this module: compiled `.js` under dist/, `.ts` under
 * tsx or vitest, where the worker registers tsx before importing it (`execArgv: ['--import', 'tsx']` is
 * not enough on Node 20: the worker's entry is resolved before the hooks are in place).
 */
export function createExtractPool(size: number): ExtractPool {
  const source = import.meta.url.endsWith('.ts');
  const file = new URL(source ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  const members: Member[] = [];
  let context = 0;
  let nextId = 0;
  let answered = 0;
  let onReady: { resolve: () => void; reject: (error: Error) => void } | null = null;
  const started = new Promise<void>((resolve, reject) => (onReady = { resolve, reject }));
  started.catch(() => undefined);
  for (let i = 0; i < size; i += 1) {
    const worker = source ? new Worker(tsxBootstrap(file), { eval: true }) : new Worker(file);
    const member: Member = { worker, waiting: new Map(), lost: false, ready: false };
    worker.on('message', (reply: ExtractReply | ReadyMessage) => {
      if ('type' in reply) {
        member.ready = true;
        onReady?.resolve();
      } else {
        answered += 1;
        settle(member, reply);
      }
    });
    worker.on('error', (error) => lose(member, error.message));
    worker.on('exit', (code) => {
      lose(member, `exit code ${code}`);
      if (members.every((m) => m.lost)) onReady?.reject(new WorkerLostError('no worker started'));
    });
    members.push(member);
  }
  const post = (member: Member, message: PoolMessage): void => member.worker.postMessage(message);
  return {
    size,
    ready: () => members.some((m) => m.ready && !m.lost),
    started: () => started,
    get answered() {
      return answered;
    },
    setContext(options) {
      context += 1;
      for (const member of members) post(member, { type: 'context', context, options });
      return context;
    },
    submit(doc) {
      const ready = members.filter((m) => !m.lost && m.ready);
      const live = ready.length > 0 ? ready : members.filter((m) => !m.lost);
      if (live.length === 0) return { context, result: Promise.reject(new WorkerLostError('none left')) };
      const member = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const id = (nextId += 1);
      const result = new Promise<Document>((resolve, reject) => member.waiting.set(id, { resolve, reject }));
      post(member, { type: 'job', id, context, doc });
      return { context, result };
    },
    async close() {
      await Promise.all(members.map((member) => member.worker.terminate()));
    },
  };
}

function settle(member: Member, reply: ExtractReply): void {
  const waiting = member.waiting.get(reply.id);
  if (!waiting) return;
  member.waiting.delete(reply.id);
  if ('doc' in reply) {
    const doc = fromWire(reply.doc);
    rememberSignature(doc, reply.signature);
    waiting.resolve(doc);
  } else waiting.reject(revive(reply.failure));
}

function lose(member: Member, reason: string): void {
  member.lost = true;
  for (const waiting of member.waiting.values()) waiting.reject(new WorkerLostError(reason));
  member.waiting.clear();
}

/** The worker's error as the main thread would have thrown it. */
function revive(failure: WorkerFailure): Error {
  if (!failure.parley) return new Error(failure.message);
  const { code, message, hint, file, line } = failure;
  return new ParleyError(code, message, { hint, file, line });
}

/**
 * A worker script that registers tsx's loader, then imports the TypeScript worker file. Development only:
 * `tsx` resolves from the working directory, the project root under vitest and the bench.
 */
function tsxBootstrap(file: URL): string {
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
}
