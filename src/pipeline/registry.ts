import { segmentExtractor } from '../extract/segment/index.js';
import { timeExtractor } from '../extract/time/index.js';
import { entityExtractor } from '../extract/entities/index.js';
import { anchoredTimeExtractor } from '../extract/anchored/index.js';
import { quoteExtractor } from '../extract/quotes/index.js';
import { eventExtractor } from '../extract/events/index.js';
import { stanceExtractor } from '../extract/stances/index.js';
import { qualityExtractor } from '../extract/quality/index.js';
import type { Extractor } from './extractor.js';
import { buildPipeline } from './pipeline.js';
import type { Pipeline } from './pipeline.js';

/**
 * Every built-in extractor, listed once, in run order. Adding an extractor means adding it here; the
 * pipeline check then proves its requirements come before it.
 */
export const BUILT_IN_EXTRACTORS: readonly Extractor[] = [
  segmentExtractor,
  entityExtractor,
  timeExtractor,
  anchoredTimeExtractor,
  quoteExtractor,
  eventExtractor,
  stanceExtractor,
  qualityExtractor,
];

/** The checked default pipeline. Built on first use so an order mistake fails loudly at start-up. */
export function defaultPipeline(): Pipeline {
  return buildPipeline(BUILT_IN_EXTRACTORS);
}
