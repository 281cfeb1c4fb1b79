import type { Span } from '../../../model/index.js';
import { abbreviationRefiner } from './abbreviation-refiner.js';
import { fragmentRefiner } from './fragment-refiner.js';
import { headingRefiner } from './heading-refiner.js';
import { quoteRefiner } from './quote-refiner.js';
import type { RefinerContext, SentenceRefiner } from './sentence-refiner.js';
import { trimRefiner } from './trim-refiner.js';

/**
 * The sentence refiners, in the order they run. Order matters: boundaries are repaired (abbreviations,
 * then quotes, then fragments) before spans are trimmed, and the heading refiner runs last because it
 * overrides everything before it for a heading line.
 */
export const sentenceRefiners: readonly SentenceRefiner[] = [
  abbreviationRefiner,
  quoteRefiner,
  fragmentRefiner,
  trimRefiner,
  headingRefiner,
];

/** Runs every refiner over the sentences wink found in one paragraph and returns the corrected spans. */
export function refineSentences(sentences: readonly Span[], context: RefinerContext): Span[] {
  let refined: Span[] = [...sentences];
  for (const refiner of sentenceRefiners) refined = refiner(refined, context);
  return refined;
}
