import type { Sentence, Token } from '../../model/index.js';
import type { TimeExpression } from '../../model/time.js';
import { lastQuarterBefore, parseCalendarDate } from './calendar.js';
import { timeMatchers } from './matchers/time-matchers.js';
import { quoteDateRefiner } from './refiners/quote-date-refiner.js';
import { timeRefiners } from './refiners/time-refiners.js';
import { tokensWithin } from './sentence-tokens.js';
import type { SentenceInput, TimeCandidate } from './time-candidate.js';

/** A document that speaks of quarters reports on one: see `SentenceInput.reportedQuarter`. */
const QUARTER_WORD = /\bquarter/iu;

/**
 * Finds and normalises the time expressions of a text, sentence by sentence: every matcher proposes,
 * then the refiners run in order; last, relative days inside quotes count from the day of the statement
 * (`quoteDateRefiner`, the one refiner that reads across sentences). `referenceDate` is `YYYY-MM-DD` or null; with null, values that
 * depend on it are null. Exported apart from the extractor for scripts and tests.
 */
export function findTimes(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  referenceDate: string | null,
): TimeExpression[] {
  const reference = parseCalendarDate(referenceDate);
  const reportedQuarter = reference !== null && QUARTER_WORD.test(text) ? lastQuarterBefore(reference) : null;
  const times: TimeExpression[] = [];
  for (const sentence of sentences) {
    const input: SentenceInput = {
      text: text.slice(sentence.span.start, sentence.span.end),
      offset: sentence.span.start,
      tokens: tokensWithin(tokens, sentence.span),
      reference,
      reportedQuarter,
    };
    let candidates: TimeCandidate[] = timeMatchers.flatMap((matcher) => matcher(input));
    for (const refiner of timeRefiners) candidates = refiner(candidates, input);
    times.push(...candidates.map(toExpression));
  }
  return quoteDateRefiner(times, text, sentences);
}

function toExpression(candidate: TimeCandidate): TimeExpression {
  const { span, type, value, stated, matcher } = candidate;
  return { span, type, value, stated, matcher };
}
