import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';

/**
 * For chrono parsers whose pattern cannot match without certain characters, a test for them: a digit,
 * a month or weekday name, a fixed word. Each test is a necessary condition read off the parser's
 * pattern (its mandatory group), case-insensitive without `u` as chrono's own patterns are, so a parser
 * whose test fails would find nothing, and leaving it out changes no result. Parsers not listed always
 * run. Keyed by class name; should chrono rename one, it simply runs on every sentence again.
 */
const DIGIT = /[0-9]/;
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENYearMonthNameParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  // A weekday name (or "weekend", "weekday") must be followed by a non-word character, the end, or the
  // suffix the pattern allows glued on ("of", "this", "last", "past", "next"): "month" or "among" alone
  // cannot match, and they are most of what the looser test let through.
  ENWeekdayParser:
    /(?:sun|mon|tue|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|weekday)(?:\W|$|of|this|last|past|next)/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
};

const CASUAL = chrono.casual;
const byMask = new Map<number, chrono.Chrono>();

/** The condition `NEEDS` sets for a parser, or null when it has none. */
export function parserNeed(parser: Parser): RegExp | null {
  return NEEDS[parser.constructor.name] ?? null;
}

/** Each casual parser's condition, by position; each distinct condition is tested once per text. */
const PARSER_NEEDS = CASUAL.parsers.map(parserNeed);
const DISTINCT_NEEDS = [...new Set(PARSER_NEEDS.filter((need): need is RegExp => need !== null))];

/**
 * chrono's casual English parser restricted to the parsers that can match `text`: the same parsers in
 * the same order and the same refiners, so the same results, at a fraction of the cost on sentences
 * without digits or month names. One instance per combination, built on first use.
 */
export function casualFor(text: string): chrono.Chrono {
  const passed = new Set<RegExp>();
  for (const need of DISTINCT_NEEDS) if (need.test(text)) passed.add(need);
  let mask = 0;
  PARSER_NEEDS.forEach((need, index) => {
    if (need === null || passed.has(need)) mask |= 1 << index;
  });
  let instance = byMask.get(mask);
  if (instance === undefined) {
    const parsers = CASUAL.parsers.filter((_, index) => (mask & (1 << index)) !== 0);
    instance = new chrono.Chrono({ parsers, refiners: CASUAL.refiners });
    byMask.set(mask, instance);
  }
  return instance;
}
