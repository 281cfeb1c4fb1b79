// The worker-thread entry of `ExtractPool`: it runs the default pipeline over the documents it is sent
// and posts each result back. It keeps no state but the context (pack and anchors) it was last sent.
import { parentPort } from 'node:worker_threads';
import { signature } from '../corpus/minhash.js';
import { isParleyError } from '../model/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import type {
  ExtractJob,
  ExtractReply,
  PoolMessage,
  ReadyMessage,
  WorkerFailure,
} from './extract-messages.js';
import { toWire } from './document-wire.js';
import { processDocument } from './process-document.js';
import type { ProcessOptions } from './process-document.js';

const pipeline = defaultPipeline();
const contexts = new Map<number, ProcessOptions>();

function failure(error: unknown): WorkerFailure {
  if (isParleyError(error)) {
    return {
      parley: true,
      code: error.code,
      message: error.message,
      hint: error.hint,
      file: error.file,
      line: error.line,
    };
  }
  return { parley: false, message: error instanceof Error ? error.message : String(error) };
}

function run(job: ExtractJob): ExtractReply {
  try {
    const options = contexts.get(job.context) ?? {};
    const doc = processDocument(pipeline, job.doc, options);
    return { id: job.id, doc: toWire(doc), signature: signature(doc.text) };
  } catch (error) {
    return { id: job.id, failure: failure(error) };
  }
}

parentPort?.on('message', (message: PoolMessage) => {
  if (message.type === 'context') {
    contexts.clear();
    contexts.set(message.context, message.options);
  } else {
    parentPort?.postMessage(run(message));
  }
});

parentPort?.postMessage({ type: 'ready' } satisfies ReadyMessage);
