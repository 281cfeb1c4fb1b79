import type { Document } from '../../model/index.js';
import type { EventMention } from '../../model/event.js';
import { defaultPipeline, runPipeline, textDocument } from '../../pipeline/index.js';

/** The fixed reference date every event test uses. */
export const REFERENCE_DATE = '2025-05-10';

const pipeline = defaultPipeline();

/** A document whose clean text is `text` exactly, run through the built-in pipeline. */
export function annotate(text: string): Document {
  return runPipeline(pipeline, textDocument(text, 'test'), { referenceDate: REFERENCE_DATE, pack: null });
}

/** An event mention flattened for table tests: words of trigger, cue, place, host, outcome; names. */
export interface EventView {
  trigger: string;
  kind: EventMention['kind'];
  status: EventMention['status'];
  cue: string | null;
  place: string | null;
  host: string | null;
  participants: string[];
  date: string | null;
  round: number | null;
  outcome: string | null;
  triggerSpan: { start: number; end: number };
}

/** The event mentions of a text, flattened. */
export function eventsOf(text: string): EventView[] {
  const doc = annotate(text);
  const slice = (span: { start: number; end: number } | null | undefined): string | null =>
    span ? doc.text.slice(span.start, span.end) : null;
  return (doc.layers.eventMentions ?? []).map((e) => ({
    trigger: slice(e.trigger) ?? '',
    kind: e.kind,
    status: e.status,
    cue: slice(e.statusCue),
    place: e.place?.name ?? null,
    host: e.host?.name ?? null,
    participants: e.participants.map((p) => p.name),
    date: e.date?.value ?? null,
    round: e.round,
    outcome: e.outcome?.text ?? null,
    triggerSpan: e.trigger,
  }));
}
