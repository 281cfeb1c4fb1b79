import type { QuoteMatcher } from '../quote-input.js';
import { indirectMatcher } from './indirect-matcher.js';
import { markMatcher } from './mark-matcher.js';

/** The matchers in run order: each sees what the earlier ones proposed (reported speech skips quotes). */
export const quoteMatchers: readonly QuoteMatcher[] = [markMatcher, indirectMatcher];
