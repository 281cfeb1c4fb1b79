import type { Document, Span, StoryPack } from '../model/index.js';
import { ParleyError } from '../model/index.js';
import { buildDocument } from '../ingest/build-document.js';
import { cleanSpanToRaw } from '../ingest/offset-map.js';
import { readInput } from '../ingest/readers/index.js';
import type { Pipeline } from '../pipeline/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { processDocument } from './process-document.js';

/** The annotate output format version; evaluation scripts check it. */
export const ANNOTATE_SCHEMA = 'parley.annotate/1';

/** One annotated document: every layer, with every span an offset into the input text as given. */
export interface AnnotatedDocument {
  location: Document['locations'][number];
  title: string | null;
  published: Document['published'];
  referenceDate: string | null;
  /** The text the spans point into: the file's decoded text for plain text, the extracted text otherwise. */
  input: string;
  signals: unknown[];
  layers: Record<string, unknown>;
  producers: Document['producers'];
  /** The time expressions, flat: offsets into `input`, the words, TIMEX3 type and value. */
  times: Array<{ start: number; end: number; text: string; type: string; value: string | null }>;
  /** The name mentions, flat: offsets into `input`, kind, the entity they belong to, and the role stated. */
  mentions: Array<{
    start: number;
    end: number;
    text: string;
    kind: string;
    entity: string;
    name: string | null;
    role: { title: string; of: string | null; qualifier: string | null } | null;
  }>;
  /** The quotes, flat: offsets into `input`, kind, the speaker (words and entity, or a description), the cue. */
  quotes: Array<{
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker:
      { start: number; end: number; text: string; entity: string | null } | { description: string } | null;
    cue: { start: number; end: number; text: string } | null;
    date: string | null;
  }>;
  /** The event mentions, flat: offsets of the sentence, kind, status, trigger words, place, who and date. */
  events: Array<{
    start: number;
    end: number;
    kind: string;
    status: string;
    trigger: { start: number; end: number; text: string };
    place: string | null;
    participants: string[];
    date: string | null;
    /** The index (in this list) of the earlier report of the same event in the article, and why. */
    sameAs: { index: number; why: string } | null;
  }>;
  /** The stances, flat: offsets of the evidence, the actor's name, issue, position and date. */
  stances: Array<{
    start: number;
    end: number;
    actor: string;
    issue: string;
    position: string;
    date: string | null;
  }>;
}

/**
 * Runs the pipeline on one file without storing it. A given date overrides the publication date as the
 * reference for relative expressions. Spans are mapped from clean text back to the input, because
 * evaluation data counts offsets in the text it gave.
 */
export async function annotateFile(
  file: string,
  options: { date?: string; pipeline?: Pipeline; pack?: StoryPack | null } = {},
): Promise<{ schema: string; documents: AnnotatedDocument[]; errors: string[] }> {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new ParleyError('E_USAGE', `--date "${options.date}" is not a date`, { hint: 'use YYYY-MM-DD' });
  }
  const outcome = await readInput(file, {});
  const pipeline = options.pipeline ?? defaultPipeline();
  const documents = outcome.docs.map((raw) => {
    const built = buildDocument(raw);
    const doc = processDocument(pipeline, built, {
      pack: options.pack ?? null,
      referenceDate: options.date ?? null,
    });
    return annotated(doc, options.date ?? doc.published.value);
  });
  return { schema: ANNOTATE_SCHEMA, documents, errors: outcome.errors.map((e) => e.toLine()) };
}

function annotated(doc: Document, referenceDate: string | null): AnnotatedDocument {
  const toInput = (span: Span): Span => cleanSpanToRaw(doc.offsetMap, span, doc.raw.length);
  const names = new Map((doc.layers.entities ?? []).map((entity) => [entity.id, entity.name]));
  return {
    location: doc.locations[0] ?? { kind: 'file', ref: '' },
    title: doc.title?.text ?? null,
    published: doc.published,
    referenceDate,
    input: doc.raw,
    signals: doc.signals.map(({ rawSpan, span, ...rest }) => ({
      ...rest,
      span: rawSpan ?? (span ? toInput(span) : undefined),
    })),
    layers: mapSpans(doc.layers, toInput, doc.raw) as Record<string, unknown>,
    producers: doc.producers,
    times: (doc.layers.times ?? []).map((time) => {
      const { start, end } = toInput(time.span);
      return { start, end, text: doc.raw.slice(start, end), type: time.type, value: time.value };
    }),
    quotes: (doc.layers.quotes ?? []).map((quote) => {
      const { start, end } = toInput(quote.span);
      const said = quote.speaker;
      const speakerAt = said?.span ? toInput(said.span) : null;
      const cueAt = quote.cue ? toInput(quote.cue) : null;
      return {
        start,
        end,
        text: doc.raw.slice(start, end),
        kind: quote.kind,
        speaker: speakerAt
          ? {
              ...speakerAt,
              text: doc.raw.slice(speakerAt.start, speakerAt.end),
              entity: said?.entity ?? null,
            }
          : said?.description
            ? { description: said.description }
            : null,
        cue: cueAt ? { ...cueAt, text: doc.raw.slice(cueAt.start, cueAt.end) } : null,
        date: quote.date,
      };
    }),
    events: (doc.layers.eventMentions ?? []).map((event) => {
      const trigger = toInput(event.trigger);
      return {
        ...toInput(event.span),
        kind: event.kind,
        status: event.status,
        trigger: { ...trigger, text: doc.raw.slice(trigger.start, trigger.end) },
        place: event.place?.name ?? null,
        participants: event.participants.map((p) => p.name),
        date: event.date?.value ?? null,
        sameAs: event.sameAs ?? null,
      };
    }),
    stances: (doc.layers.stances ?? []).map((stance) => ({
      ...toInput(stance.span),
      actor: stance.actor.name,
      issue: stance.issue,
      position: stance.position,
      date: stance.date,
    })),
    mentions: (doc.layers.mentions ?? []).map((mention) => {
      const { start, end } = toInput(mention.span);
      const role = mention.role;
      return {
        start,
        end,
        text: doc.raw.slice(start, end),
        kind: mention.kind,
        entity: mention.entity,
        name: names.get(mention.entity) ?? null,
        role: role ? { title: role.title, of: role.of, qualifier: role.qualifier } : null,
      };
    }),
  };
}

/**
 * Rewrites every span in a layer tree (any object with numeric `start` and `end`) through `map`, and adds
 * the covered input text beside each `span` field so the output reads without the file at hand.
 */
export function mapSpans(value: unknown, map: (span: Span) => Span, input: string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapSpans(item, map, input));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (isSpan(record)) return map(record);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) {
    out[key] = mapSpans(inner, map, input);
    if (key === 'span' && isSpan(inner)) {
      const mapped = out[key] as Span;
      out.text = input.slice(mapped.start, mapped.end);
    }
  }
  return out;
}

function isSpan(value: unknown): value is Span {
  if (value === null || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record.start === 'number' && typeof record.end === 'number';
}
