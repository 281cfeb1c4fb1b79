import type { CleaningStep, StepFinding } from '../cleaning-step.js';
import { NAMED_HTML_ENTITIES, WINDOWS_1252_REMAP } from '../lexicon/html-entities.js';

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/**
 * Decodes HTML entities left in the text (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`) into the character
 * they stand for: an edit that replaces, so the text reads as the page did. Named entities come from a
 * small table; unknown names and invalid numbers (zero, surrogates, beyond U+10FFFF) are left as they are.
 * Decoding happens once: `&amp;amp;` becomes `&amp;`, as a browser shows it.
 */
export const entities: CleaningStep = {
  name: 'entities',
  find(text) {
    if (text.indexOf('&') < 0) return [];
    const findings: StepFinding[] = [];
    ENTITY.lastIndex = 0;
    for (let match = ENTITY.exec(text); match; match = ENTITY.exec(text)) {
      const decoded = decodeEntity(match[1], match[2], match[3]);
      if (decoded === null) continue;
      findings.push({
        edit: { start: match.index, end: match.index + match[0].length, insert: decoded },
        signal: { code: 'markup-residue', severity: 'info', detail: `HTML entity ${match[0]} decoded` },
      });
    }
    return findings;
  },
};

/**
 * The character an entity stands for, given its decimal digits, hex digits or name (exactly one set), or
 * null when it names nothing Parley knows. Exported for the entity table's tests.
 */
export function decodeEntity(
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
): string | null {
  if (name !== undefined)
    return Object.hasOwn(NAMED_HTML_ENTITIES, name) ? (NAMED_HTML_ENTITIES[name] ?? null) : null;
  const value = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  const code = WINDOWS_1252_REMAP[value] ?? value;
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
  if (code >= 0xd800 && code <= 0xdfff) return null;
  if (code >= 0x80 && code <= 0x9f) return null;
  return String.fromCodePoint(code);
}
