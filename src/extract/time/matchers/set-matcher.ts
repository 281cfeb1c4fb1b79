import { SET_ADVERBS, SET_QUANTIFIERS, SET_UNITS } from '../lexicon/set-expressions.js';
import { MONTH_NUMBERS, WEEKDAYS } from '../lexicon/relative-expressions.js';
import { pad } from '../calendar.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { dualPattern, patternFor } from '../dual-pattern.js';

const PATTERN = dualPattern(
  new RegExp(
    `(?<![\\w-])(?:(?<adverb>${Object.keys(SET_ADVERBS).join('|')})|(?:${SET_QUANTIFIERS.join('|')})\\s+(?:(?<unit>${Object.keys(SET_UNITS).join('|')})|(?<weekday>${WEEKDAYS.join('|')})|(?<month>${Object.keys(MONTH_NUMBERS).join('|')})))(?![\\w-])`,
    'giu',
  ),
);

/**
 * Proposes recurring times as `SET`: "daily" and "every day" → `P1D`, "each year" → `P1Y`, "every
 * Monday" → `XXXX-WXX-1`, "each July" → `XXXX-07`. They need no reference date.
 */
export function setMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of input.text.matchAll(patternFor(PATTERN, input.text))) {
    const groups = match.groups ?? {};
    const value = valueOf(groups);
    if (value === undefined) continue;
    const start = input.offset + (match.index ?? 0);
    found.push({
      span: { start, end: start + match[0].length },
      type: 'SET',
      value,
      stated: ['set'],
      matcher: 'matcher/set',
    });
  }
  return found;
}

function valueOf(groups: Readonly<Record<string, string | undefined>>): string | undefined {
  const lower = (name: string): string => groups[name]?.toLowerCase() ?? '';
  if (groups['adverb'] !== undefined) return SET_ADVERBS[lower('adverb')];
  if (groups['unit'] !== undefined) return SET_UNITS[lower('unit')];
  if (groups['weekday'] !== undefined)
    return `XXXX-WXX-${((WEEKDAYS.indexOf(lower('weekday')) + 6) % 7) + 1}`;
  const month = MONTH_NUMBERS[lower('month')];
  return month === undefined ? undefined : `XXXX-${pad(month, 2)}`;
}
