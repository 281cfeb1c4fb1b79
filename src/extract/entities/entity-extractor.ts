import type { Extractor } from '../../pipeline/extractor.js';
import { findEntities } from './find-entities.js';

/**
 * Finds mentions of people, organisations, places and nationalities, with the roles the text states,
 * and groups them into document entities (issue #3). Uses the story pack when the context has one; works
 * without. Pure: lexicons load once per process, and the reference date dates the roles.
 */
export const entityExtractor: Extractor = {
  name: 'entities',
  version: 1,
  readsReferenceDate: true,
  requires: ['paragraphs', 'sentences', 'tokens'],
  provides: ['mentions', 'entities'],
  extract(doc, ctx) {
    const { paragraphs = [], sentences = [], tokens = [] } = doc.layers;
    return findEntities(doc.text, sentences, tokens, {
      referenceDate: ctx.referenceDate,
      pack: ctx.pack ?? null,
      paragraphs,
    });
  },
};
