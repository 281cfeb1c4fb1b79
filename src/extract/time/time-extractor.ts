import type { Extractor } from '../../pipeline/extractor.js';
import { findTimes } from './find-times.js';

/**
 * Finds time expressions and normalises them to TIMEX3 values relative to `ctx.referenceDate` (the
 * publication date). Pure: it never reads the clock, so with no reference date relative expressions are
 * found with a null value rather than dated against today.
 */
export const timeExtractor: Extractor = {
  name: 'times',
  version: 1,
  readsReferenceDate: true,
  requires: ['sentences', 'tokens'],
  provides: ['times'],
  extract(doc, ctx) {
    const { sentences = [], tokens = [] } = doc.layers;
    return { times: findTimes(doc.text, sentences, tokens, ctx.referenceDate) };
  },
};
