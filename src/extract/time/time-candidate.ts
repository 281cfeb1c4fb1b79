import type { Token } from '../../model/index.js';
import type { TimeExpression } from '../../model/time.js';
import type { CalendarDate } from './calendar.js';

/**
 * A time expression a matcher proposes, before the refiners merge, filter and resolve. `weekday` marks
 * a value that depends on which occurrence of a weekday is meant ("on Friday"): the tense refiner picks
 * it from the sentence's verbs, so matchers need not guess. `suffix` is appended after the resolved day
 * (`TMO` for "Friday morning", `T15:00` for "3 p.m. Friday"); with `asWeek` the value is the ISO week
 * of that day (a weekend is resolved through its Saturday). `yearless` marks a month stated without a
 * year ("in March", "March 31"): the tense refiner picks the year, `rest` follows the month (`-31`).
 */
export interface TimeCandidate extends TimeExpression {
  weekday?: { day: number; suffix: string; direction: Direction; asWeek?: boolean };
  yearless?: { month: number; rest: string };
}

/** Which occurrence a relative expression means; `tense` asks the tense refiner to read the verbs. */
export type Direction = 'past' | 'future' | 'nearest' | 'tense';

/**
 * What a matcher reads: one sentence of the clean text, its tokens with part-of-speech tags, and the
 * reference date (null when unknown). Matchers see one sentence at a time, so a time expression never
 * crosses a sentence; spans they return are offsets into the whole document (`offset` added).
 */
export interface SentenceInput {
  readonly text: string;
  readonly offset: number;
  readonly tokens: readonly Token[];
  readonly reference: CalendarDate | null;
  /**
   * The quarter a financial report published on the reference date covers (the last one completed),
   * set only when the document speaks of quarters at all; what "the quarter" and, in such a report,
   * "a year ago" refer to. Absent or null otherwise.
   */
  readonly reportedQuarter?: Quarter | null;
}

/** A calendar quarter: `quarter` is 1 to 4. */
export interface Quarter {
  year: number;
  quarter: number;
}

/** A matcher: proposes candidates in one sentence. Pure, and never reads the clock. */
export type TimeMatcher = (input: SentenceInput) => TimeCandidate[];
