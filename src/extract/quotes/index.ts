export { quoteExtractor } from './quote-extractor.js';
export { findQuotes } from './find-quotes.js';
export { quoteInput } from './quote-input.js';
export type { QuoteCandidate, QuoteInput, QuoteMatcher, QuoteRefiner } from './quote-input.js';
export { quoteMatchers } from './matchers/quote-matchers.js';
export { quoteRefiners } from './refiners/quote-refiners.js';
export { findMarkedStretches } from './matchers/quote-marks.js';
