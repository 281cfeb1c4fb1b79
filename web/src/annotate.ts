import type { Span, StoredDocument } from './api-types';

/** The annotation layers the Article page can highlight, each with its own colour. */
export type Layer = 'mention' | 'time' | 'quote' | 'event';

export const LAYERS: ReadonlyArray<{ layer: Layer; label: string }> = [
  { layer: 'mention', label: 'Mentions' },
  { layer: 'time', label: 'Times' },
  { layer: 'quote', label: 'Quotes' },
  { layer: 'event', label: 'Events' },
];

/** One annotation of the clean text: its layer, its span and what it says (shown as a tooltip). */
export interface Annotation {
  layer: Layer;
  span: Span;
  note: string;
}

/** A run of text under the same annotations; runs together cover the text exactly once. */
export interface Run {
  start: number;
  end: number;
  notes: Annotation[];
}

/** Every mention, time, quote and event mention of the stored document, as annotations. */
export function annotationsOf(doc: StoredDocument): Annotation[] {
  const layers = doc.layers;
  const names = new Map((layers.entities ?? []).map((e) => [e.id, e.name]));
  return [
    ...(layers.mentions ?? []).map((m) => ({
      layer: 'mention' as const,
      span: m.span,
      note: `${m.kind}: ${(m.entity && names.get(m.entity)) ?? '?'}`,
    })),
    ...(layers.times ?? []).map((t) => ({
      layer: 'time' as const,
      span: t.span,
      note: `time: ${t.value ?? t.type}`,
    })),
    ...(layers.quotes ?? []).map((q) => ({
      layer: 'quote' as const,
      span: q.span,
      note: `${q.kind} quote${q.speaker?.entity ? ` by ${names.get(q.speaker.entity) ?? '?'}` : ''}`,
    })),
    ...(layers.eventMentions ?? []).map((e) => ({
      layer: 'event' as const,
      span: e.span,
      note: `event: ${e.kind}, ${e.status}`,
    })),
  ];
}

/**
 * Cuts `[from, to)` at every annotation boundary, so overlapping annotations (a mention inside a quote
 * inside an event) become flat runs that each carry all the annotations covering them.
 */
export function runsOf(annotations: Annotation[], from: number, to: number): Run[] {
  const cuts = new Set([from, to]);
  for (const a of annotations) {
    for (const at of [a.span.start, a.span.end]) if (at > from && at < to) cuts.add(at);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    runs.push({ start, end, notes: annotations.filter((a) => a.span.start <= start && a.span.end >= end) });
  }
  return runs;
}

/** The cited span from `?start=&end=`, when both are whole numbers inside the text and in order. */
export function citedSpan(query: URLSearchParams, length: number): Span | null {
  const start = Number(query.get('start'));
  const end = Number(query.get('end'));
  if (query.get('start') === null || query.get('end') === null) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end)
    return null;
  return { start, end };
}
