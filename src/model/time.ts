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

/**
 * A date given relative to an event: "two days before the Alaska summit", "nearly three years after the
 * full-scale invasion". Resolved when the event's date is known (from the story pack or another article),
 * otherwise kept with the event named and a null value.
 */
export interface AnchoredTime {
  /** From the duration to the end of the event's words. */
  span: Span;
  /** `before` or `after` the event. */
  relation: 'before' | 'after';
  /** The distance as TIMEX3 duration: `P2D`, `P3Y`. */
  offset: string;
  /** `YYYY-MM-DD` for days and weeks, `YYYY-MM` for months and years; null when the event is not dated. */
  value: string | null;
  anchor: {
    /** The words naming the event, as written. */
    span: Span;
    /** The known anchor it matched, when it matched one. */
    id?: string;
    label?: string;
    date?: string;
    basis?: 'pack' | 'corpus';
  };
}

/** An event with a known date that relative dates count from: a story-pack anchor or a learned one. */
export interface KnownAnchor {
  id: string;
  label: string;
  /** `YYYY-MM-DD` first day; `end` the last day when the event lasts several. */
  date: string;
  end?: string;
  cues: string[];
  basis: 'pack' | 'corpus';
}
