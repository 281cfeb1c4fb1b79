export { stanceExtractor } from './stance-extractor.js';
export { findStances } from './find-stances.js';
export { stanceInput } from './stance-input.js';
export type {
  IssueHit,
  PositionHit,
  StanceCandidate,
  StanceInput,
  StanceMatcher,
  StanceRefiner,
} from './stance-input.js';
export { stanceMatchers } from './matchers/stance-matchers.js';
export { stanceRefiners } from './refiners/stance-refiners.js';
