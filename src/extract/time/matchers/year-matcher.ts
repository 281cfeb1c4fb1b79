import { YEAR_BLOCKING_LEADS, YEAR_LEAD_WORDS, YEAR_NOUNS } from '../lexicon/year-context.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { wordOf } from '../word-of.js';

/** A year 1900–2099 or a decade ("1990s"), not glued to other digits, letters, or a version dot. */
const PATTERN = /(?<![\w.,$€£#-])(?:(19|20)(\d)(\d)|(?:(19|20)(\d)0s))(?!\w|\.\d|-\d|:\d)/gu;

/**
 * Proposes bare years and decades where the context makes them dates: after a date-like word ("in
 * 2014", "since 2014", "the 2022 invasion"), or closing a clause ("…as it did in 2014."). It rejects a
 * number after a name ("Trump 2028"), after a label ("version 2025"), before an ordinary noun ("2025
 * troops"), and digits in a phone number or address. A decade keeps its three digits: "the 1990s" → `199`.
 */
export function yearMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of input.text.matchAll(PATTERN)) {
    const start = input.offset + (match.index ?? 0);
    const span = { start, end: start + match[0].length };
    const decade = match[4] !== undefined;
    if (!decade && !isDateContext(input, span.start, span.end)) continue;
    found.push({
      span,
      type: 'DATE',
      value: decade ? `${match[4]}${match[5]}` : match[0],
      stated: [decade ? 'decade' : 'year'],
      matcher: 'matcher/year',
    });
  }
  return found;
}

function isDateContext(input: SentenceInput, start: number, end: number): boolean {
  const tokens = input.tokens;
  const index = tokens.findIndex((token) => token.span.start === start);
  if (index < 0) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const beforeText = before === undefined ? '' : wordOf(input, before);
  if (YEAR_BLOCKING_LEADS.has(beforeText)) return false;
  if (tokens[index]?.span.end !== end) return false;
  const afterText = after === undefined ? '' : wordOf(input, after);
  if (after?.pos === 'NOUN' || after?.pos === 'PROPN' || after?.pos === 'NUM') {
    if (!YEAR_NOUNS.has(afterText) || after.pos === 'NUM') return false;
    return before === undefined || YEAR_LEAD_WORDS.has(beforeText) || !['PROPN', 'NUM'].includes(before.pos);
  }
  if (YEAR_LEAD_WORDS.has(beforeText)) return true;
  if (before !== undefined && (before.pos === 'PROPN' || before.pos === 'NUM')) return false;
  return after === undefined || after.pos === 'PUNCT' || after.pos === 'AUX' || after.pos === 'VERB';
}
