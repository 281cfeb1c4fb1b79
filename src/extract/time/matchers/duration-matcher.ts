import { DURATION_MODIFIERS, DURATION_UNITS, NUMBER_WORDS } from '../lexicon/number-words.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';

const COUNT_WORDS = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MODIFIERS = DURATION_MODIFIERS.map((m) => m.replace(' ', '\\s+')).join('|');
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const COUNT = `\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:${TENS})[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${COUNT_WORDS}`;
const UNIT = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries';

/**
 * "(nearly) three years", "48 hours", "a decade", "several months", "two-year": a count, optionally a
 * modifier before it, then a unit. Not before "ago" or "old": "three years ago" is a date (chrono's) and
 * "three years old" an age.
 */
const PATTERN = new RegExp(
  `\\b(?:(?:${MODIFIERS})\\s+)?(${COUNT})[-\\s]+(${UNIT})\\b(?![-\\s]+(?:ago|old)\\b)`,
  'giu',
);

/** A unit word anywhere: a cheap test that spares most sentences the full pattern. */
const UNIT_WORD = /second|minute|hour|day|week|month|year|decade|centur/iu;

/**
 * Proposes DURATION candidates with TIMEX3 values: `P3Y`, `PT48H`, `P10Y` for a decade, `PXM` when the
 * count is not a number ("several months"). Needs no reference date, so values never depend on one.
 */
export function durationMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  if (!UNIT_WORD.test(input.text)) return found;
  for (const match of input.text.matchAll(PATTERN)) {
    const value = durationValue(match[1] ?? '', match[2] ?? '');
    if (value === null) continue;
    const start = input.offset + (match.index ?? 0);
    found.push({
      span: { start, end: start + match[0].length },
      type: 'DURATION',
      value,
      stated: ['duration'],
      matcher: 'matcher/duration',
    });
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
