import type { EventMatcher } from '../event-input.js';
import { nounTriggerMatcher } from './noun-trigger-matcher.js';
import { verbTriggerMatcher } from './verb-trigger-matcher.js';

/** The matchers in run order; overlaps between them are settled by `overlapRefiner`. */
export const eventMatchers: readonly EventMatcher[] = [verbTriggerMatcher, nounTriggerMatcher];
