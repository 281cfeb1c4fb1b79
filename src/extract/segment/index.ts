export { segmentExtractor } from './segment-extractor.js';
export { segmentText } from './segment-text.js';
export type { Segmentation } from './segment-text.js';
export { headingMatcher, HEADING_MAX_WORDS } from './matchers/heading-matcher.js';
export { sentenceRefiners } from './refiners/sentence-refiners.js';
export type { SentenceRefiner, RefinerContext } from './refiners/sentence-refiner.js';
