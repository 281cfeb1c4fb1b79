import type { StanceMatcher } from '../stance-input.js';
import { pairMatcher } from './stance-matcher.js';

/** The matchers in run order. */
export const stanceMatchers: readonly StanceMatcher[] = [pairMatcher];
