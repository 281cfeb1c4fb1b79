import type { QualityMatcher } from '../quality-input.js';
import { cleaningSummaryMatcher } from './cleaning-summary-matcher.js';
import { faqMatcher } from './faq-matcher.js';
import { keyPointMatcher } from './key-point-matcher.js';
import { keywordDensityMatcher } from './keyword-density-matcher.js';
import { nameCaseMatcher } from './name-case-matcher.js';
import { provenanceMatcher } from './provenance-matcher.js';
import { repetitionMatcher } from './repetition-matcher.js';
import { seoMarkerMatcher } from './seo-marker-matcher.js';
import { spacingMatcher } from './spacing-matcher.js';
import { sponsoredMatcher } from './sponsored-matcher.js';
import { typoMatcher } from './typo-matcher.js';

/** Every quality matcher, in no particular order: each reads the input alone, the refiners sort. */
export const qualityMatchers: readonly QualityMatcher[] = [
  cleaningSummaryMatcher,
  sponsoredMatcher,
  seoMarkerMatcher,
  faqMatcher,
  keyPointMatcher,
  keywordDensityMatcher,
  repetitionMatcher,
  typoMatcher,
  spacingMatcher,
  nameCaseMatcher,
  provenanceMatcher,
];
