import type { Extractor } from '../../pipeline/extractor.js';
import { findQuality } from './find-quality.js';

/**
 * Per-article source quality (issue #7): sponsorship, SEO spin, typos, spacing and case errors, missing
 * date or attribution, and a summary of what cleaning removed, as `QualitySignal`s. Pure: the spelling
 * dictionary is read at import, no clock; `ctx.options.quality` overrides the thresholds.
 */
export const qualityExtractor: Extractor = {
  name: 'quality',
  version: 1,
  // It reads the publication date (`undated`), which dating may fill in after a first run.
  readsReferenceDate: true,
  requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['quality'],
  extract(doc, ctx) {
    return { quality: findQuality(doc, ctx.options?.['quality']) };
  },
};
