import type { QualitySignal } from '../../model/index.js';
import type { DocumentView } from '../../pipeline/extractor.js';
import { CUE_WORDS } from './lexicon/cue-words.js';
import { thresholdsFrom } from './lexicon/thresholds.js';
import { qualityMatchers } from './matchers/quality-matchers.js';
import { contentWordsOf } from './matchers/word-counts.js';
import type { QualityInput } from './quality-input.js';
import { wordsOf } from './quality-input.js';
import { qualityRefiners } from './refiners/quality-refiners.js';

/**
 * Every quality signal of one document: the words are computed once, each matcher proposes signals, and
 * the refiners drop repeats and put them in a stable order. `options` overrides thresholds
 * (`QualityThresholds`); unknown fields are ignored.
 */
export function findQuality(doc: DocumentView, options?: unknown): QualitySignal[] {
  const lower = doc.text.toLowerCase();
  const words = wordsOf(doc, lower);
  const cues = new Set<string>();
  for (const name of contentWordsOf(words).names) if (CUE_WORDS.has(name)) cues.add(name);
  const input: QualityInput = { doc, lower, words, cues, thresholds: thresholdsFrom(options) };
  let signals = qualityMatchers.flatMap((matcher) => matcher(input));
  for (const refiner of qualityRefiners) signals = refiner(signals, input);
  return signals;
}
