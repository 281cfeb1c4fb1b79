import type { TimeMatcher } from '../time-candidate.js';
import { chronoMatcher } from './chrono-matcher.js';
import { durationMatcher } from './duration-matcher.js';
import { fiscalMatcher } from './fiscal-matcher.js';
import { relativeMatcher } from './relative-matcher.js';
import { setMatcher } from './set-matcher.js';
import { yearMatcher } from './year-matcher.js';

/** Every matcher, run on every sentence. Order does not matter: the overlap refiner decides. */
export const timeMatchers: readonly TimeMatcher[] = [
  chronoMatcher,
  durationMatcher,
  yearMatcher,
  relativeMatcher,
  fiscalMatcher,
  setMatcher,
];
