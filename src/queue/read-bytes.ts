import { ParleyError, isParleyError } from '../model/index.js';
import type { RawDocument } from '../model/index.js';
import {
  decodeInput,
  readFeed,
  readHtml,
  readJsonLines,
  readText,
  sniffFormat,
} from '../ingest/readers/index.js';
import type { ReadOutcome } from '../ingest/readers/index.js';
import { locationFor } from '../ingest/readers/location-for.js';
import { withDecodeSignals } from '../ingest/readers/with-decode-signals.js';

/**
 * Reads one input from bytes carried in a job, exactly as `readInput` reads a file: decoded, format
 * sniffed from the content with `ref` as the name hint, the matching reader run. `ref` is the path the
 * enqueuing machine read, so locations name where the article was seen, not a worker's temporary file.
 * Never throws for a bad input: errors come back beside the documents that were read.
 */
export function readBytes(bytes: Uint8Array, ref: string, maxBytes?: number): ReadOutcome {
  try {
    const { text, signals } = decodeInput(bytes, ref, { maxBytes });
    const format = sniffFormat(text, ref);
    const read = (): { docs: RawDocument[]; errors: ParleyError[] } => {
      if (format === 'jsonl') return readJsonLines(text, ref);
      if (format === 'rss' || format === 'atom') return readFeed(text, ref);
      const doc = format === 'html' ? readHtml(text, locationFor(ref)) : readText(text, locationFor(ref));
      return { docs: [doc], errors: [] };
    };
    const { docs, errors } = read();
    return { input: ref, format, docs: docs.map((doc) => withDecodeSignals(doc, signals)), errors };
  } catch (error) {
    const problem = isParleyError(error)
      ? error
      : new ParleyError('E_INTERNAL', `could not read the input: ${String(error)}`, {
          file: ref,
          cause: error,
        });
    return { input: ref, docs: [], errors: [problem] };
  }
}
