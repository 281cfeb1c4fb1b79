import { ParleyError } from '../model/index.js';
import type { Document } from '../model/index.js';

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Refuses a document whose plain-text fields hold a lone UTF-16 surrogate. Databases store text as UTF-8,
 * where a lone surrogate cannot exist: SQLite would hand back three replacement characters (shifting every
 * span after it) and PostgreSQL rejects it. Failing loudly keeps "round-trips exactly" true. JSON fields
 * are safe: JSON.stringify escapes lone surrogates.
 */
export function checkStorable(doc: Document): void {
  const fields: Array<[string, string | null | undefined]> = [
    ['id', doc.id],
    ['contentHash', doc.contentHash],
    ['text', doc.text],
    ['raw', doc.raw],
    ['title', doc.title?.text],
    ['published', doc.published.value],
    ...doc.locations.map((location, index): [string, string] => [`locations[${index}]`, location.ref]),
  ];
  for (const [field, value] of fields) {
    const match = value == null ? null : LONE_SURROGATE.exec(value);
    if (match) {
      throw new ParleyError(
        'E_STORE',
        `document ${doc.id}: ${field} has a lone surrogate at offset ${match.index}`,
        {
          hint: 'repair the text when reading it (String.prototype.toWellFormed) so spans stay valid',
        },
      );
    }
  }
}
