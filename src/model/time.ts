import type { Span } from './span.js';

/**
 * A date as Parley knows it: an ISO-like value with its precision and how it was established. `basis`
 * says whether the date was read in metadata, in the text, inferred from events, or is unknown.
 */
export interface DateValue {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full ISO timestamp; null when unknown. */
  value: string | null;
  precision: 'year' | 'month' | 'day' | 'time' | 'unknown';
  basis: 'metadata' | 'text' | 'inferred' | 'unknown';
}

/** A time expression found in the text and normalised to a TIMEX3-style value (issue #4 fills this). */
export interface TimeExpression {
  span: Span;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value such as `2025-02-27`, `2025-W09`, `P3Y`, `PRESENT_REF`; null for fuzzy expressions. */
  value: string | null;
  /** Which parts of the value were stated in the text; the rest were implied from the reference date. */
  stated: string[];
  /** Provenance tag of the matcher that proposed it, e.g. `matcher/chrono`. */
  matcher: string;
}
