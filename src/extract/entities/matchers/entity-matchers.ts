import type { EntityMatcher } from '../entity-candidate.js';
import { administrationMatcher } from './administration-matcher.js';
import { appositionMatcher } from './apposition-matcher.js';
import { gazetteerMatcher, packMatcher } from './gazetteer-matcher.js';
import { properNameMatcher } from './proper-name-matcher.js';
import { relationMatcher } from './relation-matcher.js';
import { titleMatcher } from './title-matcher.js';

/**
 * Every matcher, run on every sentence. Order does not matter for what is found: the overlap refiner
 * ranks candidates by matcher (see `MATCHER_RANK` there), not by position in this list.
 */
export const entityMatchers: readonly EntityMatcher[] = [
  packMatcher,
  titleMatcher,
  relationMatcher,
  appositionMatcher,
  administrationMatcher,
  gazetteerMatcher,
  properNameMatcher,
];
