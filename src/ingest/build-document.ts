import { createHash } from 'node:crypto';
import type { Document, RawDocument } from '../model/index.js';
import { cleanDocument } from './clean/index.js';
import type { CleanResult } from './clean/index.js';
import { normalisePublished } from './published-date.js';
import { findTextTitle } from './readers/index.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Turns what a reader produced into a document: cleans it, fixes its identity as the hash of the clean
 * text, and normalises its metadata. No layers yet; the pipeline adds them. Pure apart from hashing.
 */
export function buildDocument(input: RawDocument): Document {
  const raw = wellFormed(input);
  const clean = cleanDocument(raw);
  const contentHash = hashText(clean.text);
  const meta = { ...raw.meta };
  const title =
    clean.title ?? titleAfterCleaning(raw, clean) ?? (meta.title ? { text: meta.title, span: null } : null);
  return {
    id: documentId(contentHash),
    contentHash,
    format: raw.format,
    text: clean.text,
    raw: raw.raw,
    offsetMap: clean.offsetMap,
    title,
    meta,
    source: {
      ...(meta.source ? { name: meta.source } : {}),
      ...(meta.canonicalUrl || meta.url ? { url: meta.canonicalUrl ?? meta.url } : {}),
    },
    published: normalisePublished(meta.published),
    locations: [raw.location],
    signals: [...raw.signals, ...clean.signals],
    layers: {},
    producers: {},
  };
}

/**
 * A plain-text title hidden under a line cleaning removed (a cookie notice above the headline): the reader
 * judged the first line, which was boilerplate, so look again at the clean text.
 */
function titleAfterCleaning(raw: RawDocument, clean: CleanResult): Document['title'] {
  if (raw.format !== 'text' || raw.meta.title || raw.titleSpan) return null;
  if (!clean.signals.some((s) => s.code === 'boilerplate' || s.code === 'sponsored-content')) return null;
  const found = findTextTitle(clean.text).titleSpan;
  return found ? { text: clean.text.slice(found.start, found.end), span: found } : null;
}

/**
 * Replaces lone UTF-16 surrogates (possible in JSON \u escapes) with U+FFFD, one code unit for one, so
 * offsets hold and storage never re-encodes them into something longer.
 */
function wellFormed(raw: RawDocument): RawDocument {
  LONE_SURROGATE.lastIndex = 0;
  if (!LONE_SURROGATE.test(raw.raw)) return raw;
  const fixed = raw.raw.replace(LONE_SURROGATE, '\uFFFD');
  const meta = Object.fromEntries(
    Object.entries(raw.meta).map(([k, v]) => [
      k,
      typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v,
    ]),
  );
  const signal = {
    code: 'invalid-encoding',
    severity: 'warning' as const,
    detail: 'lone UTF-16 surrogates replaced with U+FFFD',
    by: 'ingest/build-document',
  };
  return { ...raw, raw: fixed, meta, signals: [...raw.signals, signal] };
}

/**
 * The content hash: sha256 of the clean text. Two inputs whose clean text is the same are one article,
 * whatever url, format or markup they came in.
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A short, stable document id derived from the content hash, so ids survive re-ingest on any machine. */
export function documentId(contentHash: string): string {
  return `doc_${contentHash.slice(0, 16)}`;
}
