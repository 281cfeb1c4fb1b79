import type { EventRefiner } from '../event-input.js';
import { coreferenceRefiner } from './coreference-refiner.js';
import { dateRefiner } from './date-refiner.js';
import { genericRefiner } from './generic-refiner.js';
import { headingRefiner } from './heading-refiner.js';
import { hypotheticalRefiner } from './hypothetical-refiner.js';
import { neighbourRefiner } from './neighbour-refiner.js';
import { outcomeRefiner } from './outcome-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { participantRefiner } from './participant-refiner.js';
import { placeRefiner } from './place-refiner.js';
import { roundRefiner } from './round-refiner.js';
import { sameEventRefiner } from './same-event-refiner.js';
import { statusRefiner } from './status-refiner.js';
import { unknownRefiner } from './unknown-refiner.js';

/**
 * The refiners in order: one candidate per trigger, headings, topics, hypotheticals and negations dropped,
 * clauses narrowed to their trigger, then status, date (a later date makes an uncued event planned),
 * events with no status dropped, and last the place (a definite event inheriting the place of the one it refers to), participants and host, round and outcome; last,
 * each report linked to the earlier report of the same event in the article.
 */
export const eventRefiners: readonly EventRefiner[] = [
  overlapRefiner,
  headingRefiner,
  genericRefiner,
  neighbourRefiner,
  hypotheticalRefiner,
  statusRefiner,
  dateRefiner,
  unknownRefiner,
  placeRefiner,
  coreferenceRefiner,
  participantRefiner,
  roundRefiner,
  outcomeRefiner,
  sameEventRefiner,
];
