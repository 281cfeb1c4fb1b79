import type { Document, Span } from '../../model/index.js';
import type { QuoteMention } from '../../model/layers.js';
import { defaultPipeline, runPipeline, textDocument } from '../../pipeline/index.js';
import { quoteInput } from './quote-input.js';
import type { QuoteInput } from './quote-input.js';

/** The fixed reference date every quote test uses. */
export const REFERENCE_DATE = '2025-03-05';

const pipeline = defaultPipeline();

/** A document whose clean text is `text` exactly, run through the built-in pipeline and the quote layer. */
export function annotate(text: string): Document {
  const doc = textDocument(text, 'test');
  return runPipeline(pipeline, doc, { referenceDate: REFERENCE_DATE, pack: null });
}

/** The quote-layer input of a text, with the earlier layers computed: what matchers and refiners read. */
export function inputOf(text: string): QuoteInput {
  const doc = annotate(text);
  return quoteInput(doc.text, doc.layers, REFERENCE_DATE);
}

/** A quote flattened for table tests: its words, kind, speaker (entity name or description) and cue. */
export interface QuoteView {
  text: string;
  kind: QuoteMention['kind'];
  speaker: string | null;
  speakerText: string | null;
  via: string | null;
  cue: string | null;
  addressee: string | null;
  date: string | null;
  dateBasis: QuoteMention['dateBasis'];
  unclosed: boolean;
  span: Span;
}

/** The quotes of a text, flattened. */
export function quotesOf(text: string): QuoteView[] {
  const doc = annotate(text);
  const slice = (span: Span | null | undefined): string | null =>
    span ? doc.text.slice(span.start, span.end) : null;
  const name = (id: string | null | undefined): string | null =>
    (doc.layers.entities ?? []).find((e) => e.id === id)?.name ?? null;
  return (doc.layers.quotes ?? []).map((q) => ({
    text: slice(q.span) ?? '',
    kind: q.kind,
    speaker: q.speaker ? (name(q.speaker.entity) ?? q.speaker.description) : null,
    speakerText: slice(q.speaker?.span),
    via: q.speaker?.via ?? null,
    cue: slice(q.cue),
    addressee: q.addressee ? (name(q.addressee.entity) ?? slice(q.addressee.span)) : null,
    date: q.date,
    dateBasis: q.dateBasis,
    unclosed: q.unclosed === true,
    span: q.span,
  }));
}
