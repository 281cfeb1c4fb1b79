import type { Document, Span, TimeExpression } from '../model/index.js';
import type { Store } from '../store/store.js';
import { addDays, monthRange } from '../extract/dating/day-math.js';

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
  for await (const doc of store.exportAll()) {
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
      const days = calendarDays(time.value);
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

/**
 * The days a TIMEX3 value covers: a day, an ISO week, a month, a quarter, a season or a year (and a
 * time of day, by its day). Null for anything not on the calendar (`PRESENT_REF`, `XXXX-02-18`).
 */
export function calendarDays(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return [monday, addDays(monday, 6)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthRange(`${m[1]}-${m[2]}-01`);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    return [`${m[1]}-${pad(first)}-01`, monthRange(`${m[1]}-${pad(first)}-01`, 2)[1]];
  }
  m = /^(\d{4})(-(SP|SU|FA|WI|H1|H2))?$/.exec(value);
  if (m) {
    const year = m[1]!;
    const parts: Record<string, [string, string]> = {
      SP: ['03-01', '05-31'],
      SU: ['06-01', '08-31'],
      FA: ['09-01', '11-30'],
      WI: ['12-01', '12-31'],
      H1: ['01-01', '06-30'],
      H2: ['07-01', '12-31'],
    };
    const [from, to] = m[3] ? parts[m[3]]! : ['01-01', '12-31'];
    return [`${year}-${from}`, `${year}-${to}`];
  }
  return null;
}

function sentenceAround(doc: Document, span: Span): string {
  const sentence = doc.layers.sentences?.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  const text = sentence
    ? doc.text.slice(sentence.span.start, sentence.span.end)
    : doc.text.slice(span.start, span.end);
  return text.replace(/\s+/g, ' ').trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}
