import type { Extractor } from '../../pipeline/extractor.js';
import { findQuotes } from './find-quotes.js';
import { quoteInput } from './quote-input.js';

/**
 * Finds direct, partial and indirect quotes with speaker, cue, addressee and date (issue #5). Reads the
 * reference date only to date quotes the text does not date. Pure: no I/O, no clock.
 */
export const quoteExtractor: Extractor = {
  name: 'quotes',
  version: 1,
  readsReferenceDate: true,
  requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times'],
  provides: ['quotes'],
  extract(doc, ctx) {
    return { quotes: findQuotes(quoteInput(doc.text, doc.layers, ctx.referenceDate)) };
  },
};
