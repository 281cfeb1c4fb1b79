import { countryOf } from '../actor-words.js';
import type { StanceCandidate, StanceRefiner } from '../stance-input.js';
import { findActor } from './actor-rules.js';

/**
 * Sets each stance's holder (see `findActor`), the quote it is read from and, for an official, the country
 * from the role the article gives ("Russian Foreign Minister" → Russia). No holder, no stance.
 */
export const actorRefiner: StanceRefiner = (candidates, input) => {
  const kept: StanceCandidate[] = [];
  for (const candidate of candidates) {
    const found = findActor(input, candidate);
    if (!found) continue;
    kept.push({
      ...candidate,
      actor: found.actor,
      country: countryOf(input, found.actor),
      quote: found.quote,
      weakActor: found.rule === 'sentence-subject',
    });
  }
  return kept;
};
