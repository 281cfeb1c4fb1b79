import type { RawDocument } from '../../model/index.js';

/**
 * A minimal plain-text RawDocument around `raw`: no metadata, no drops, no reader signals, located at
 * `file`. For tests and the seed check, which exercise cleaning without a reader; fields in `extra`
 * override the defaults.
 */
export function makeRawDocument(
  raw: string,
  extra: Partial<RawDocument> = {},
  file = 'inline.txt',
): RawDocument {
  return {
    format: 'text',
    raw,
    meta: {},
    location: { kind: 'file', ref: file },
    signals: [],
    drop: [],
    ...extra,
  };
}
