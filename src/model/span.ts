/**
 * A half-open range `[start, end)` in UTF-16 code units. Unless a field says otherwise, a span points into
 * the document's clean text, which never changes after ingest, so a span stays valid forever.
 */
export interface Span {
  start: number;
  end: number;
}

/** Reads the characters a span covers. Kept here so every layer slices text the same way. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Whether `inner` lies wholly inside `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
