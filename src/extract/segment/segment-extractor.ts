import type { Extractor } from '../../pipeline/extractor.js';
import { segmentText } from './segment-text.js';

/**
 * The first extractor of every pipeline: it reads only `doc.text` and provides the paragraphs, sentences
 * and tokens every later extractor works on. It takes no options, because every stored span and sentence
 * index downstream depends on these boundaries; a change to them is a new `version`, not a setting.
 */
export const segmentExtractor: Extractor = {
  name: 'segment',
  version: 1,
  requires: [],
  provides: ['paragraphs', 'sentences', 'tokens'],
  extract(doc) {
    const { paragraphs, sentences, tokens } = segmentText(doc.text);
    return { paragraphs, sentences, tokens };
  },
};
