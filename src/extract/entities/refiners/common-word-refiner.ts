import type { EntityRefiner } from './entity-refiner.js';
import { textOf } from './entity-refiner.js';

/**
 * A capitalised phrase taken for a person because it starts with a word some first-name list holds
 * ("Future Security Guarantees", a heading) is no person when its last word is written in lower case
 * elsewhere in the article: surnames are not common words. Such a candidate goes back to `unknown`.
 * Stated roles keep their person: a title before a name is evidence enough.
 */
export const commonWordRefiner: EntityRefiner = (candidates, doc) =>
  candidates.map((candidate) => {
    if (candidate.kind !== 'person' || candidate.matcher !== 'matcher/proper-name') return candidate;
    const last = textOf(doc, candidate).split(/\s+/u).pop() ?? '';
    return doc.lowerCaseCounts.has(last.toLowerCase())
      ? { ...candidate, kind: 'unknown' as const }
      : candidate;
  });
