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
  /** For an inferred date: the earliest and latest days it can be (`YYYY-MM-DD`). */
  range?: { from: string; to: string };
  /** What the date rests on: the spans read, and the anchors used. */
  evidence?: DateEvidence[];
  /** Why the date is unknown, or which cues were set aside as conflicting. */
  reason?: string;
}

/** One piece of evidence for a date: a span of the document and what it says. */
export interface DateEvidence {
  /** The expression read in this document; null when the evidence is an anchor alone. */
  span: Span | null;
  /** A one-line explanation: "latest absolute date 2025-02-27", "'last week' after anchor …". */
  reason: string;
  /** `text` when read here; `pack` or `corpus` when an anchor's date came from a story pack or another article. */
  basis: 'text' | 'pack' | 'corpus';
  /** The bounds this piece alone allows. */
  range: { from: string; to: string };
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
