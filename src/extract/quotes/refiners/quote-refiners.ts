import type { QuoteRefiner } from '../quote-input.js';
import { clauseRefiner } from '../model/clause-refiner.js';
import { spanRefiner } from '../model/span-refiner.js';
import { addresseeRefiner } from './addressee-refiner.js';
import { attributionRefiner } from './attribution-refiner.js';
import { carryRefiner } from './carry-refiner.js';
import { dateRefiner } from './date-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { reportedSpeechRefiner } from './reported-speech-refiner.js';
import { scareQuoteRefiner } from './scare-quote-refiner.js';
import { speakerRefiner } from './speaker-refiner.js';

/**
 * The refiners in order: cue and speaker words beside marked quotes, their resolution to entities, reported speech without a speaker dropped,
 * the clause model's additions (`clauseRefiner`, `model/`), the span tagger's additions in sentences no
 * rule touched (`spanRefiner`), speakers
 * carried to split and follow-on quotes, scare quotes and titles dropped, duplicates removed, then
 * addressee and date.
 */
export const quoteRefiners: readonly QuoteRefiner[] = [
  attributionRefiner,
  speakerRefiner,
  reportedSpeechRefiner,
  clauseRefiner,
  spanRefiner,
  overlapRefiner,
  carryRefiner,
  scareQuoteRefiner,
  addresseeRefiner,
  dateRefiner,
];
