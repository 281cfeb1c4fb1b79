import type { QuoteMention } from '../../model/layers.js';
import { quoteMatchers } from './matchers/quote-matchers.js';
import { quoteRefiners } from './refiners/quote-refiners.js';
import type { QuoteCandidate, QuoteInput } from './quote-input.js';

/**
 * Finds the quotes of a document: the matchers propose (quotes in marks first, so reported speech can
 * skip what is quoted), then the refiners run in order. Pure; exported apart from the extractor for
 * scripts and tests.
 */
export function findQuotes(input: QuoteInput): QuoteMention[] {
  let candidates: QuoteCandidate[] = [];
  for (const matcher of quoteMatchers) candidates = candidates.concat(matcher(input, candidates));
  for (const refiner of quoteRefiners) candidates = refiner(candidates, input);
  return candidates.map(toMention);
}

function toMention(candidate: QuoteCandidate): QuoteMention {
  const { span, kind, speaker, cue, addressee, date, dateBasis, unclosed, matcher } = candidate;
  return {
    span,
    kind,
    speaker,
    cue,
    ...(addressee ? { addressee } : {}),
    date,
    dateBasis,
    ...(unclosed ? { unclosed } : {}),
    matcher,
  };
}
