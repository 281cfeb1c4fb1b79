import type { StanceRefiner } from '../stance-input.js';
import { actorRefiner } from './actor-refiner.js';
import { dateRefiner } from './date-refiner.js';
import { dedupeRefiner } from './dedupe-refiner.js';
import { polarityRefiner } from './polarity-refiner.js';

/** The refiners in order: negation and modality, holder and country, date and confidence, duplicates. */
export const stanceRefiners: readonly StanceRefiner[] = [
  polarityRefiner,
  actorRefiner,
  dateRefiner,
  dedupeRefiner,
];
