import { ParleyError, isParleyError } from '../../model/index.js';
import type { DocumentMeta, Location, RawDocument } from '../../model/index.js';
import { blocksToRawDocument } from './blocks-to-raw-document.js';
import { htmlFragmentBlocks } from './html-fragment-to-text.js';
import { extractHtmlArticle } from './html-reader.js';
import { locationFor } from './location-for.js';
import { readText } from './text-reader.js';

/** Documents read from a JSON Lines text, and one error per record that could not be read. */
export interface JsonLinesResult {
  docs: RawDocument[];
  errors: ParleyError[];
}

type JsonRecord = Record<string, unknown>;

/** Metadata fields a record may carry, as strings. */
const META_FIELDS = ['url', 'title', 'published', 'source', 'byline', 'language'] as const;

/**
 * Reads JSON Lines: one article a line, an object with `url`, `title`, `published`, `source` and either
 * `text` (read as plain text, as given) or `html` (a full page goes through `readHtml`, a fragment through
 * the block walker under the record's title). Record fields win over what the reader found. A bad line (not
 * JSON, not an object, no text and no html, empty text) becomes an `E_JSONL_RECORD` error with its 1-based
 * line number, and the other lines still come through: one broken record must not cost a whole export.
 */
export function readJsonLines(text: string, file: string): JsonLinesResult {
  const result: JsonLinesResult = { docs: [], errors: [] };
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    try {
      result.docs.push(readRecord(parseRecord(line), locationFor(file, { line: lineNumber })));
    } catch (error) {
      if (!isParleyError(error)) throw error;
      result.errors.push(recordError(file, lineNumber, error));
    }
  });
  return result;
}

function parseRecord(line: string): JsonRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ParleyError('E_JSONL_RECORD', `not valid JSON (${(error as Error).message})`, {
      hint: 'each line must be one JSON object; check for a line break inside a string',
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParleyError('E_JSONL_RECORD', `not a JSON object but ${describe(value)}`, {
      hint: 'each line must be one JSON object such as {"title": …, "text": …}',
    });
  }
  return value as JsonRecord;
}

function readRecord(record: JsonRecord, location: Location): RawDocument {
  const meta = recordMeta(record);
  const text = record['text'];
  const html = record['html'];
  if (typeof text === 'string' && text.trim() !== '') return withRecordMeta(readText(text, location), meta);
  if (typeof html === 'string' && html.trim() !== '') return readRecordHtml(html, meta, location);
  const what =
    typeof text === 'string' || typeof html === 'string' ? 'has an empty text' : 'has neither text nor html';
  throw new ParleyError('E_JSONL_RECORD', `record ${what}`, {
    hint: 'give each record a non-empty "text" (plain text) or "html" field',
  });
}

function readRecordHtml(html: string, meta: DocumentMeta, location: Location): RawDocument {
  if (/<(?:!doctype|html|head|body)[\s>]/i.test(html.slice(0, 2048))) {
    const page = extractHtmlArticle(html, location.ref);
    return blocksToRawDocument({ format: 'jsonl', location, ...page, meta: { ...page.meta, ...meta } });
  }
  const blocks = htmlFragmentBlocks(html);
  if (blocks.length === 0) {
    throw new ParleyError('E_JSONL_RECORD', 'the record html has no text', {
      hint: 'check that the "html" field holds the article body',
    });
  }
  return blocksToRawDocument({ format: 'jsonl', location, meta, blocks });
}

/**
 * Record metadata wins. The detected title span is kept only when the record's title is that line, so
 * `titleSpan` never points at a line that is not the title.
 */
function withRecordMeta(doc: RawDocument, meta: DocumentMeta): RawDocument {
  const merged: RawDocument = { ...doc, format: 'jsonl', meta: { ...doc.meta, ...meta } };
  const detected = doc.meta.title;
  if (meta.title !== undefined && detected !== undefined && !sameText(meta.title, detected)) {
    delete merged.titleSpan;
    merged.drop = doc.drop.filter((d) => !d.detail.startsWith('title repeated'));
  }
  return merged;
}

function recordMeta(record: JsonRecord): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const field of META_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') meta[field] = value.trim();
  }
  return meta;
}

function recordError(file: string, line: number, error: ParleyError): ParleyError {
  if (error.code === 'E_JSONL_RECORD') {
    return new ParleyError('E_JSONL_RECORD', error.message, { file, line, hint: error.hint });
  }
  return new ParleyError('E_JSONL_RECORD', `${error.code} ${error.message}`, {
    file,
    line,
    hint: error.hint,
    cause: error,
  });
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
