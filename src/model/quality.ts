import type { Span } from './span.js';

/**
 * Something a reader should know about an article's quality. Cleaning records every removal as one of
 * these (with `rawSpan` pointing at the removed raw text), so nothing is dropped silently; issue #7 adds
 * the scoring signals.
 */
export interface QualitySignal {
  /** Stable kebab-case code, e.g. `markup-residue`, `boilerplate`, `invalid-encoding`. */
  code: string;
  severity: 'info' | 'warning' | 'error';
  /** Span in the clean text, when the signal rests on text that is still there. */
  span?: Span;
  /** Span in the raw input (`Document.raw`), for text that cleaning removed or changed. */
  rawSpan?: Span;
  /** One line a reader understands: what was found and what was done. */
  detail: string;
  /** The affected raw text, shortened, so the signal reads without the document at hand. */
  text?: string;
  /** Provenance tag of what raised it, e.g. `clean/markup-residue`. */
  by: string;
}
