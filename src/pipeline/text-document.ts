import type { Document } from '../model/index.js';

/**
 * A bare document whose clean text is `text` exactly, with no layers: for scorers and tests that run the
 * extractors on text they already hold, so every span is an offset into that text.
 */
export function textDocument(text: string, ref = 'text'): Document {
  return {
    id: ref,
    contentHash: '',
    format: 'text',
    text,
    raw: text,
    offsetMap: [],
    title: null,
    meta: {},
    source: {},
    published: { value: null, precision: 'unknown', basis: 'unknown' },
    locations: [{ kind: 'file', ref }],
    signals: [],
    layers: {},
    producers: {},
  };
}
