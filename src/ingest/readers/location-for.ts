import type { Location } from '../../model/index.js';

/**
 * The location of a document read from `ref`: a url when `ref` is an http(s) url, a file otherwise, with
 * the JSON Lines line or feed item number when given. One helper so every reader names places alike.
 */
export function locationFor(ref: string, at: { line?: number; item?: number } = {}): Location {
  return { kind: /^https?:\/\//i.test(ref) ? 'url' : 'file', ref, ...at };
}
