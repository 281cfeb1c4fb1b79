import {
  YEAR_BLOCKING_LEADS,
  YEAR_DETERMINERS,
  YEAR_LEAD_WORDS,
  YEAR_NOUNS,
} from '../lexicon/year-context.js';
import { pad } from '../calendar.js';
import { MONTH_NUMBERS, SEASON_CODES } from '../lexicon/relative-expressions.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { dualPattern, patternFor } from '../dual-pattern.js';
import { wordOf } from '../word-of.js';

/** A year 1900–2099 or a decade ("1990s"), not glued to other digits, letters, or a version dot. */
const PATTERN = dualPattern(/(?<![\w.,$€£#-])(?:(19|20)(\d)(\d)|(?:(19|20)(\d)0s))(?!\w|\.\d|-\d|:\d)/gu);

/**
 * Proposes bare years and decades where the context makes them dates: after a date-like word ("in
 * 2014", "since 2014", "the 2022 invasion"), or closing a clause ("…as it did in 2014."). It rejects a
 * number after a name ("Trump 2028"), after a label ("version 2025"), before an ordinary noun ("2025
 * troops"), and digits in a phone number or address. A decade keeps its three digits: "the 1990s" → `199`.
 */
export function yearMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [...spelledYears(input), ...prefixedYears(input)];
  for (const match of input.text.matchAll(patternFor(PATTERN, input.text))) {
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
    if (after.pos === 'NUM') return false;
    if (!YEAR_NOUNS.has(afterText)) return YEAR_DETERMINERS.has(beforeText);
    return before === undefined || YEAR_LEAD_WORDS.has(beforeText) || !['PROPN', 'NUM'].includes(before.pos);
  }
  if (YEAR_LEAD_WORDS.has(beforeText)) return true;
  if (before !== undefined && (before.pos === 'PROPN' || before.pos === 'NUM')) return false;
  return after === undefined || after.pos === 'PUNCT' || after.pos === 'AUX' || after.pos === 'VERB';
}

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Years as broadcast transcripts spell them: "nineteen ninety-six" → `1996`, "the year two thousand" →
 * `2000`, with a month or season before them ("January nineteen ninety-seven" → `1997-01`). Only "nineteen" followed by a tens word, or "two thousand" after "the year" or followed by
 * "and" a unit, so counts ("two thousand people") are not read as years.
 */
const SPELLED = dualPattern(
  new RegExp(
    `(?<![\\w-])(?:(?<month>${Object.keys(MONTH_NUMBERS).join('|')})\\s+|the\\s+(?<season>${Object.keys(SEASON_CODES).join('|')})\\s+of\\s+)?(?:nineteen\\s+(?<tens>${TENS.join('|')})(?:[-\\s](?<units>${UNITS.join('|')}))?|the\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(?<after>${UNITS.join('|')}))?)(?![\\w-])`,
    'giu',
  ),
);

function spelledYears(input: SentenceInput): TimeCandidate[] {
  if (!/nineteen|thousand/iu.test(input.text)) return [];
  return [...input.text.matchAll(patternFor(SPELLED, input.text))].map((match) => {
    const groups = match.groups ?? {};
    const tens = TENS.indexOf(groups['tens']?.toLowerCase() ?? '') + 1;
    const units = UNITS.indexOf((groups['units'] ?? groups['after'] ?? '').toLowerCase()) + 1;
    const year = groups['tens'] === undefined ? 2000 + units : 1900 + tens * 10 + units;
    const month = MONTH_NUMBERS[groups['month']?.toLowerCase() ?? ''];
    const season = SEASON_CODES[groups['season']?.toLowerCase() ?? ''];
    const suffix = month !== undefined ? `-${pad(month, 2)}` : season !== undefined ? `-${season}` : '';
    const start = input.offset + (match.index ?? 0);
    return {
      span: { start, end: start + match[0].length },
      type: 'DATE',
      value: `${year}${suffix}`,
      stated: ['year'],
      matcher: 'matcher/year',
    };
  });
}

/** "mid-1996", "post-1959", "the mid-1990s": the prefix makes the number a year; the span keeps it. */
const PREFIXED = dualPattern(/(?<![\w-])(?:mid|post|pre)-(?:((?:19|20)\d\d)|((?:19|20)\d)0s)(?![\w-])/giu);

function prefixedYears(input: SentenceInput): TimeCandidate[] {
  if (!input.text.includes('-')) return [];
  return [...input.text.matchAll(patternFor(PREFIXED, input.text))].map((match) => {
    const start = input.offset + (match.index ?? 0);
    return {
      span: { start, end: start + match[0].length },
      type: 'DATE',
      value: match[1] ?? match[2] ?? null,
      stated: [match[1] === undefined ? 'decade' : 'year'],
      matcher: 'matcher/year',
    };
  });
}
