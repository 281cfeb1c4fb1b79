import { caseErrorRefiner } from './case-error-refiner.js';
import { commonWordRefiner } from './common-word-refiner.js';
import type { EntityRefiner } from './entity-refiner.js';
import { kindRefiner } from './kind-refiner.js';
import { neverNameRefiner } from './never-name-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { sentenceInitialRefiner } from './sentence-initial-refiner.js';

/**
 * The refiners, in the order they run: drop words that are never names and unconfirmed sentence-initial
 * capitals first, and phrases that only look like people (so they cannot win an overlap), keep one candidate per stretch of text, recover
 * lower-case surnames once full names are known, then settle unknown kinds from the people found.
 */
export const entityRefiners: readonly EntityRefiner[] = [
  neverNameRefiner,
  commonWordRefiner,
  sentenceInitialRefiner,
  overlapRefiner,
  caseErrorRefiner,
  kindRefiner,
];
