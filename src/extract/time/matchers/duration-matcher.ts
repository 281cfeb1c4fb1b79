import { DURATION_MODIFIERS, DURATION_UNITS, NUMBER_WORDS } from '../lexicon/number-words.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { dualPattern, patternFor } from '../dual-pattern.js';

const COUNT_WORDS = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MODIFIERS = DURATION_MODIFIERS.map((m) => m.replace(' ', '\\s+')).join('|');
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const COUNT = `\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:${TENS})[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${COUNT_WORDS}`;
const UNIT = 'seconds?|minutes?|hours?|days?|weeks?|months?|quarters|years?|decades?|century|centuries';

/**
 * "(nearly) three years", "48 hours", "a decade", "several months", "two-year": a count, optionally a
 * modifier before it, then a unit. Not before "ago" or "old": "three years ago" is a date (chrono's) and
 * "three years old" an age.
 */
const PATTERN = dualPattern(
  new RegExp(`\\b(?:(?:${MODIFIERS})\\s+)?(${COUNT})[-\\s]+(${UNIT})\\b(?![-\\s]+(?:ago|old)\\b)`, 'giu'),
);

/**
 * Durations with no count: "for years", "within weeks", "in months" (`PXY`, `PXW`, `PXM`) and a
 * financial year named by its last day, "the year ended Sept. 30" (`P1Y`; the span is "the year").
 */
const UNCOUNTED = dualPattern(
  new RegExp(
    `\\b(?<plural>years|months|weeks|days|hours|decades)\\b(?<=\\b(?:for|within|in)\\s+\\w+)|\\bthe\\s+(?:fiscal\\s+)?year(?=\\s+(?:ended|ending)\\b)`,
    'giu',
  ),
);

/** A unit word anywhere: a cheap test that spares most sentences the full pattern. */
const UNIT_WORD = dualPattern(/second|minute|hour|day|week|month|quarters|year|decade|centur/iu);

/**
 * A quantity just before "a year" / "a week" makes it a rate, not a duration: "$1.76 a year", "700 seats
 * a week", "four flights a week". A digit or a number word, at most two words back.
 */
const RATE_BEFORE = new RegExp(
  `(?:\\d|\\b(?:${Object.keys(NUMBER_WORDS)
    .filter((word) => typeof NUMBER_WORDS[word] === 'number' && !word.startsWith('a'))
    .join('|')}|twice|once|times)\\b)\\S*(?:\\s+\\S+){0,2}\\s+$`,
  'iu',
);

/**
 * Proposes DURATION candidates with TIMEX3 values: `P3Y`, `PT48H`, `P10Y` for a decade, `PXM` when the
 * count is not a number ("several months"). Needs no reference date, so values never depend on one.
 */
export function durationMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  if (!patternFor(UNIT_WORD, input.text).test(input.text)) return found;
  for (const match of input.text.matchAll(patternFor(PATTERN, input.text))) {
    const value = durationValue(match[1] ?? '', match[2] ?? '');
    if (value === null || isRate(input.text, match) || /-quarters$/iu.test(match[0])) continue;
    found.push(durationAt(input, match.index ?? 0, match[0].length, value));
  }
  for (const match of input.text.matchAll(patternFor(UNCOUNTED, input.text))) {
    const plural = match.groups?.['plural'];
    const value = plural === undefined ? 'P1Y' : durationValue('several', plural);
    if (value !== null) found.push(durationAt(input, match.index ?? 0, match[0].length, value));
  }
  return found;
}

/** The TIMEX3 duration for a count and unit word, or null when they do not make one. */
export function durationValue(countText: string, unitText: string): string | null {
  const unit = DURATION_UNITS[unitText.toLowerCase().replace(/s$/u, '')];
  const count = countOf(countText.toLowerCase().replace(/\s+/gu, ' '));
  if (unit === undefined || count === null) return null;
  const amount = count === 'X' ? 'X' : formatAmount(count * unit.times);
  return `P${unit.time ? 'T' : ''}${amount}${unit.unit}`;
}

function countOf(text: string): number | 'X' | null {
  const word = NUMBER_WORDS[text];
  if (word !== undefined) return word;
  const compound = /^([a-z]+)[-\s]([a-z]+)$/u.exec(text);
  if (compound !== null) {
    const tens = NUMBER_WORDS[compound[1] ?? ''];
    const units = NUMBER_WORDS[compound[2] ?? ''];
    return typeof tens === 'number' && typeof units === 'number' ? tens + units : null;
  }
  const number = Number(text.replace(/,/gu, ''));
  return Number.isFinite(number) && number > 0 ? number : null;
}

function formatAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/** "a year" after a quantity ("$1.76 a year"): a rate, which TimeBank leaves unmarked. */
function isRate(text: string, match: RegExpMatchArray): boolean {
  if (!/^an?$/iu.test(match[1] ?? '') || match[0] !== `${match[1]} ${match[2]}`) return false;
  return RATE_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index));
}

function durationAt(input: SentenceInput, index: number, length: number, value: string): TimeCandidate {
  const start = input.offset + index;
  return {
    span: { start, end: start + length },
    type: 'DURATION',
    value,
    stated: ['duration'],
    matcher: 'matcher/duration',
  };
}
