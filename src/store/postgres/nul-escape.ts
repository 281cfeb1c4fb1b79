import type { Document, Location } from '../../model/index.js';
import type { DocumentSummary } from '../store.js';

/**
 * PostgreSQL's `text` cannot hold U+0000, which a document's text may (the contract round-trips NUL). Plain
 * text columns therefore store an escaped form: ESCAPE stands for itself when doubled and for NUL when
 * followed by `0`. ESCAPE is a Unicode noncharacter, so real text almost never changes and the full-text
 * index and snippets work on the stored column as it is. JSON columns need none of this: JSON.stringify
 * already writes NUL as `\u0000`.
 */
const ESCAPE = '\uFDEF';
const NUL = '\u0000';
const ESCAPED = /\uFDEF([\uFDEF0])/gu;

/** The stored form of a plain text value: NUL and ESCAPE written as two-character sequences. */
export function escapeNul<T extends string | null>(value: T): T {
  if (value === null || !(value.includes(NUL) || value.includes(ESCAPE))) return value;
  // Doubling first is safe: the second step only adds ESCAPE followed by 0, never a lone one.
  return value.replaceAll(ESCAPE, ESCAPE + ESCAPE).replaceAll(NUL, `${ESCAPE}0`) as T;
}

/** The inverse of `escapeNul`. */
export function unescapeNul<T extends string | null>(value: T): T {
  if (value === null || !value.includes(ESCAPE)) return value;
  return value.replace(ESCAPED, (_all, next: string) => (next === '0' ? NUL : ESCAPE)) as T;
}

function unescapeLocation(location: Location): Location {
  return { ...location, ref: unescapeNul(location.ref) };
}

/** A document read back from escaped columns (text, raw, location refs), as it was put. */
export function unescapeDocument(doc: Document): Document {
  return {
    ...doc,
    text: unescapeNul(doc.text),
    raw: unescapeNul(doc.raw),
    locations: doc.locations.map(unescapeLocation),
  };
}

/** A summary read back from escaped columns (title, first location ref). */
export function unescapeSummary(summary: DocumentSummary): DocumentSummary {
  return {
    ...summary,
    title: unescapeNul(summary.title),
    firstLocation: summary.firstLocation && unescapeLocation(summary.firstLocation),
  };
}
