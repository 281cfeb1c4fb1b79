import type { Extractor } from '../../pipeline/extractor.js';
import { findStances } from './find-stances.js';
import { stanceInput } from './stance-input.js';

/**
 * Finds actors' positions on the story's issues, with evidence, date and confidence (issue #6). Issues come
 * from the story pack's taxonomy; without a pack they are clustered from the text. Pure: no I/O, no clock.
 */
export const stanceExtractor: Extractor = {
  name: 'stances',
  version: 1,
  readsReferenceDate: true,
  requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times', 'quotes'],
  provides: ['stances'],
  extract(doc, ctx) {
    const issues = ctx.pack?.issues ?? null;
    return { stances: findStances(stanceInput(doc.text, doc.layers, issues, ctx.referenceDate)) };
  },
};
