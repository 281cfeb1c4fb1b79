import type { StanceMention } from '../../model/event.js';
import { stanceMatchers } from './matchers/stance-matchers.js';
import { stanceRefiners } from './refiners/stance-refiners.js';
import type { StanceCandidate, StanceInput } from './stance-input.js';

/**
 * Finds the stances of a document: the matchers pair issue words with polarity cues, then the refiners
 * run in order. Pure; exported apart from the extractor for scripts and tests.
 */
export function findStances(input: StanceInput): StanceMention[] {
  let candidates: StanceCandidate[] = [];
  for (const matcher of stanceMatchers) candidates = candidates.concat(matcher(input));
  for (const refiner of stanceRefiners) candidates = refiner(candidates, input);
  return candidates.flatMap((candidate) => {
    const mention = toMention(candidate);
    return mention ? [mention] : [];
  });
}

function toMention(candidate: StanceCandidate): StanceMention | null {
  const { span, actor, country, issue, issueCue, position, positionCue, date, confidence, quote } = candidate;
  if (!actor) return null;
  const { basis, matcher } = candidate;
  return {
    span,
    actor,
    country,
    issue,
    issueCue,
    position,
    positionCue,
    date,
    confidence,
    quote,
    basis,
    matcher,
  };
}
