import type { Document, Span, TimeExpression } from '../model/index.js';
import type { Store } from '../store/store.js';
import { daysCovered } from '../extract/dating/day-math.js';

/** One dated item of the timeline: a time expression resolved to the calendar, with its citation. */
export interface TimelineItem {
  /** The TIMEX3 value: `2025-02-18`, `2025-W08`, `2025-02`, `2025`. */
  value: string;
  /** The first and last day the value covers, for sorting and filtering. */
  from: string;
  to: string;
  type: TimeExpression['type'];
  /** The expression as written, and the sentence around it. */
  text: string;
  context: string;
  doc: string;
  span: Span;
  title: string | null;
  /** How the article's own date was established, since relative expressions hang on it. */
  published: Document['published']['basis'];
}

export interface TimelineOptions {
  from?: string;
  to?: string;
}

/**
 * Every time expression of the stored articles that resolves to calendar days, in date order, each citing
 * its document and span. Fuzzy references (`PAST_REF`), durations and unresolved values are left out.
 */
export async function buildTimeline(store: Store, options: TimelineOptions = {}): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for await (const doc of store.exportAll({ layers: ['times', 'anchoredTimes', 'sentences'] })) {
    const dated = [
      ...(doc.layers.times ?? []),
      // A date counted from a known event reads like any other date on the timeline.
      ...(doc.layers.anchoredTimes ?? []).map((a) => ({
        span: a.span,
        type: 'DATE' as const,
        value: a.value,
      })),
    ];
    for (const time of dated) {
      if (!time.value || (time.type !== 'DATE' && time.type !== 'TIME')) continue;
      const days = daysCovered(time.value);
      if (!days) continue;
      if (options.from && days[1] < options.from) continue;
      if (options.to && days[0] > options.to) continue;
      items.push({
        value: time.value,
        from: days[0],
        to: days[1],
        type: time.type,
        text: doc.text.slice(time.span.start, time.span.end),
        context: sentenceAround(doc, time.span),
        doc: doc.id,
        span: time.span,
        title: doc.title?.text ?? null,
        published: doc.published.basis,
      });
    }
  }
  return items.sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to) ||
      a.doc.localeCompare(b.doc) ||
      a.span.start - b.span.start,
  );
}

function sentenceAround(doc: Document, span: Span): string {
  const sentence = doc.layers.sentences?.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  const text = sentence
    ? doc.text.slice(sentence.span.start, sentence.span.end)
    : doc.text.slice(span.start, span.end);
  return text.replace(/\s+/g, ' ').trim();
}
