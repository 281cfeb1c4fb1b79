export { qualityExtractor } from './quality-extractor.js';
export { findQuality } from './find-quality.js';
export { scoreQuality } from './score.js';
export type { ScoreCost } from './score.js';
export { qualityMatchers } from './matchers/quality-matchers.js';
export { qualityRefiners } from './refiners/quality-refiners.js';
export { DEFAULT_THRESHOLDS, thresholdsFrom } from './lexicon/thresholds.js';
export type { QualityThresholds } from './lexicon/thresholds.js';
export type { QualityInput, QualityMatcher, QualityRefiner, Word } from './quality-input.js';
