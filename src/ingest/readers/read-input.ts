import { readFile, stat } from 'node:fs/promises';
import { ParleyError, isParleyError } from '../../model/index.js';
import type { InputFormat, QualitySignal, RawDocument } from '../../model/index.js';
import { MAX_INPUT_BYTES, decodeInput } from './decode-input.js';
import { readFeed } from './feed-reader.js';
import { fetchUrl } from './fetch-url.js';
import { readHtml } from './html-reader.js';
import { readJsonLines } from './jsonl-reader.js';
import { locationFor } from './location-for.js';
import { sniffFormat } from './sniff-format.js';
import { readText } from './text-reader.js';
import { isUrl, walkInputs } from './walk-inputs.js';
import { withDecodeSignals } from './with-decode-signals.js';

/** Options for {@link readInput}; `undefined` means the default. */
export interface ReadInputOptions {
  /** Largest input in bytes, for files and url bodies. Default `MAX_INPUT_BYTES` (10 MiB). */
  maxBytes?: number | undefined;
  /** Time allowed for fetching a url. Default 15 s. */
  timeoutMs?: number | undefined;
  /** A fetch to use instead of the global one. */
  fetchImpl?: typeof fetch | undefined;
}

/**
 * What reading one input gave: the documents read and the errors met, in input order. `input` is the path
 * or url as given; `format` is what the content was read as (absent when nothing could be decoded).
 * A file holds one document, a JSON Lines file or feed several; a record or item that fails is an error
 * beside the documents that did not. A directory's files are merged into one outcome (each document's
 * `location` and each error's `file` still name its own file).
 */
export interface ReadOutcome {
  input: string;
  format?: InputFormat;
  docs: RawDocument[];
  errors: ParleyError[];
}

/**
 * The one entry point for reading: a file path, a directory (walked with `walkInputs`) or an http(s) url.
 * Bytes are decoded, the format sniffed from the content (extension and content type as hints), and the
 * matching reader run. It never throws for a bad input: a missing path (`E_INPUT_NOT_FOUND`), an
 * oversized, empty or binary file, a failed fetch or an unreadable page comes back in `errors`, so a batch
 * carries on. An unexpected exception (a bug) is also reported as an error, with the exception as cause.
 */
export async function readInput(input: string, options: ReadInputOptions = {}): Promise<ReadOutcome> {
  try {
    if (isUrl(input)) return await readUrl(input, options);
    const info = await stat(input).catch(() => undefined);
    if (!info) throw notFound(input);
    if (!info.isDirectory()) return await readPath(input, info.size, options);
    const outcome: ReadOutcome = { input, docs: [], errors: [] };
    for (const file of await walkInputs([input])) {
      const one = await readInput(file, options);
      outcome.docs.push(...one.docs);
      outcome.errors.push(...one.errors);
    }
    return outcome;
  } catch (error) {
    return { input, docs: [], errors: [asParleyError(error, input)] };
  }
}

async function readPath(file: string, size: number, options: ReadInputOptions): Promise<ReadOutcome> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (size > maxBytes) {
    throw new ParleyError('E_INPUT_TOO_LARGE', `input is ${size} bytes, over the ${maxBytes}-byte cap`, {
      file,
      hint: 'check this is the article you meant, or raise the cap with maxBytes',
    });
  }
  const bytes = await readFile(file).catch((error: unknown) => {
    throw notFound(file, error);
  });
  const { text, signals } = decodeInput(bytes, file, { maxBytes });
  const format = sniffFormat(text, file);
  return { input: file, format, ...readDecoded(text, file, format, signals) };
}

async function readUrl(url: string, options: ReadInputOptions): Promise<ReadOutcome> {
  const fetched = await fetchUrl(url, options);
  const { text, signals } = decodeInput(fetched.bytes, fetched.finalUrl, { maxBytes: options.maxBytes });
  const format = sniffFormat(text, new URL(fetched.finalUrl).pathname, fetched.contentType);
  const read = readDecoded(text, fetched.finalUrl, format, signals);
  for (const doc of read.docs) {
    if (doc.location.item === undefined && doc.location.line === undefined) doc.meta.url ??= fetched.finalUrl;
  }
  return { input: url, format, ...read };
}

/** Runs the reader for `format` over decoded text; errors of single documents are caught here. */
function readDecoded(
  text: string,
  ref: string,
  format: InputFormat,
  signals: QualitySignal[],
): Pick<ReadOutcome, 'docs' | 'errors'> {
  const read = (): Pick<ReadOutcome, 'docs' | 'errors'> => {
    if (format === 'jsonl') return readJsonLines(text, ref);
    if (format === 'rss' || format === 'atom') return readFeed(text, ref);
    const doc = format === 'html' ? readHtml(text, locationFor(ref)) : readText(text, locationFor(ref));
    return { docs: [doc], errors: [] };
  };
  const { docs, errors } = read();
  return { docs: docs.map((doc) => withDecodeSignals(doc, signals)), errors };
}

function notFound(file: string, cause?: unknown): ParleyError {
  const code = (cause as { code?: string } | undefined)?.code;
  const what = code && code !== 'ENOENT' ? `cannot be read (${code})` : 'does not exist';
  return new ParleyError('E_INPUT_NOT_FOUND', `${file} ${what}`, {
    file,
    hint: 'check the path; relative paths start from the current directory',
    ...(cause === undefined ? {} : { cause }),
  });
}

function asParleyError(error: unknown, input: string): ParleyError {
  if (isParleyError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ParleyError('E_INTERNAL', `could not read the input: ${message}`, {
    file: input,
    hint: 'this looks like a bug in Parley; please report it with the input that caused it',
    cause: error,
  });
}
