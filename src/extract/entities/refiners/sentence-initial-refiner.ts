import type { EntityRefiner } from './entity-refiner.js';
import { textOf } from './entity-refiner.js';

/**
 * A single capitalised word of unknown kind at a sentence start is a name only if the article also
 * writes it capitalised elsewhere, away from a sentence start ("Meanwhile", "Despite", "Officials" are
 * not). Known names (gazetteer, pack, first names, titles) are decided elsewhere and kept.
 */
export const sentenceInitialRefiner: EntityRefiner = (candidates, doc) =>
  candidates.filter((candidate) => {
    if (candidate.kind !== 'unknown' || !doc.sentenceStarts.has(candidate.span.start)) return true;
    const text = textOf(doc, candidate);
    if (/\s/u.test(text)) return true;
    return doc.capitalisedInside.has(text.toLowerCase());
  });
