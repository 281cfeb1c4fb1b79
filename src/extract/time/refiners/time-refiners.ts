import { falsePositiveRefiner } from './false-positive-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { tenseRefiner } from './tense-refiner.js';
import type { TimeRefiner } from './time-refiner.js';

/**
 * The refiners, in the order they run: drop words that are not dates first (so a modal "may" cannot
 * win an overlap), then keep the longest of overlapping candidates, then pick each weekday's occurrence
 * from the tense (only surviving candidates need it).
 */
export const timeRefiners: readonly TimeRefiner[] = [falsePositiveRefiner, overlapRefiner, tenseRefiner];
