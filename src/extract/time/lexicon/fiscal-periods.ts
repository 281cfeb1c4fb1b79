/**
 * The reporting periods of financial news, as regular-expression sources (case-insensitive, matched on
 * word boundaries). A quarterly report compares "the quarter" with "the year-earlier quarter"; both are
 * dated from the quarter the report covers (`SentenceInput.reportedQuarter`).
 */

/** Ordinal quarter words, to their number. */
const ORDINAL = '(?<ordinal>first|second|third|fourth)';

/** Words that put a period a year before the reported one: "the year-ago quarter", "year-earlier profit". */
const YEAR_BEFORE = '(?:year-earlier|year-ago|year-before|prior-year)';

/** One fiscal-period expression and which quarter it names, relative to the reported one. */
export interface FiscalEntry {
  pattern: string;
  /**
   * `reported`: the quarter reported, `years` later (only in a document that reports one); `named`: the
   * stated year, with the stated quarter or else the reported one.
   */
  rule: { kind: 'reported'; years: number } | { kind: 'named' };
}

/** Longest first: the overlap refiner keeps the longest anyway, this only saves it work. */
export const FISCAL_PERIODS: readonly FiscalEntry[] = [
  // "the 1988 third quarter", "the third quarter of 1990", "the 1988 period"
  {
    pattern: `the\\s+(?<year>(?:19|20)\\d\\d)\\s+(?:${ORDINAL}[-\\s]+)?(?:quarter|period)`,
    rule: { kind: 'named' },
  },
  // "this year's third quarter", "next year's first quarter"
  {
    pattern: `(?<shift>this|last|next)\\s+year's\\s+${ORDINAL}[-\\s]+quarter`,
    rule: { kind: 'named' },
  },
  {
    pattern: `(?:the\\s+)?${ORDINAL}[-\\s]+quarter\\s+of\\s+(?<year>(?:19|20)\\d\\d)`,
    rule: { kind: 'named' },
  },
  // "the year-earlier (third) quarter", "the comparable year-ago period", "year-earlier" alone
  {
    pattern: `(?:the\\s+(?:(?:comparable|corresponding|same)\\s+)?)?${YEAR_BEFORE}\\s+(?:${ORDINAL}[-\\s]+)?(?:quarter|period)`,
    rule: { kind: 'reported', years: -1 },
  },
  // "the quarter a year ago", "the corresponding period last year", "last year's third quarter"
  {
    pattern: `the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier)|the\\s+(?:corresponding|comparable|same)\\s+(?:quarter|period)\\s+(?:of\\s+)?last\\s+year|last\\s+year's\\s+(?:${ORDINAL}[-\\s]+)?(?:quarter|period)`,
    rule: { kind: 'reported', years: -1 },
  },
  // "year-earlier" alone modifies a figure ("year-earlier profit"): the span leaves out "the"
  {
    pattern: YEAR_BEFORE,
    rule: { kind: 'reported', years: -1 },
  },
  // "the quarter", "this quarter", "the latest quarter", "the latest period"
  {
    pattern: '(?:the|this)\\s+(?:(?:latest|most\\s+recent|recent)\\s+)?quarter',
    rule: { kind: 'reported', years: 0 },
  },
  {
    pattern: 'the\\s+(?:latest|most\\s+recent)\\s+period',
    rule: { kind: 'reported', years: 0 },
  },
  // in a quarterly report, "up from $3 million a year ago" compares with the year-earlier quarter, unless
  // the sentence counts months ("in the first nine months, … a year earlier": a longer period)
  {
    pattern: 'a\\s+year\\s+(?:ago|earlier)(?!.*\\bmonths\\b)(?<!\\bmonths\\b.*)',
    rule: { kind: 'reported', years: -1 },
  },
];
