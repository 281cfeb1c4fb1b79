import type { Span } from './span.js';
import type { Source, Location } from './source.js';
import type { DateValue } from './time.js';
import type { QualitySignal } from './quality.js';
import type { Layers } from './layers.js';

/** The kinds of input a reader understands. A directory is walked and each file sniffed. */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

/**
 * One run of the offset map: `length` characters of clean text starting at `cleanStart` are copied from
 * raw text starting at `rawStart`. Clean characters outside every run were inserted by cleaning (a space
 * repaired after a full stop); they map to the raw position of the next run.
 */
export type OffsetRun = [cleanStart: number, rawStart: number, length: number];

/** Metadata a reader found around the text: feed fields, HTML meta tags, JSON Lines fields. */
export interface DocumentMeta {
  title?: string;
  url?: string;
  canonicalUrl?: string;
  source?: string;
  byline?: string;
  /** Publication date exactly as the input gave it, before normalisation. */
  published?: string;
  language?: string;
}

/**
 * What a reader produces: the raw text the clean text will map back to, with metadata. For plain text the
 * raw text is the decoded file; for HTML it is the main text readability extracted, one block a line.
 */
export interface RawDocument {
  format: InputFormat;
  raw: string;
  meta: DocumentMeta;
  location: Location;
  /** Span of the title line in `raw`, when the reader detected one in the text itself. */
  titleSpan?: Span;
  /** Signals raised while reading: replaced invalid bytes, truncated HTML. */
  signals: QualitySignal[];
  /**
   * Raw spans the reader knows are not article text (a section label, the title repeated as the first body
   * line). Cleaning removes them first and records each as a signal with the code and detail given here.
   */
  drop: Array<{ span: Span; code: string; detail: string }>;
}

/**
 * An ingested article. Its identity is the hash of its clean text, so the same article read twice, or
 * under two urls, is one document. `text` never changes after ingest: every span in every layer points
 * into it, and `offsetMap` leads each one back to `raw`.
 */
export interface Document {
  id: string;
  /** sha256 of the clean text, hex. */
  contentHash: string;
  format: InputFormat;
  text: string;
  raw: string;
  offsetMap: OffsetRun[];
  /**
   * The headline. `span` points at it in the clean text when the text holds it; it is null when the title
   * came only from metadata (a feed item's title field) and appears nowhere in the text.
   */
  title: { text: string; span: Span | null } | null;
  meta: DocumentMeta;
  source: Source;
  published: DateValue;
  locations: Location[];
  /** Signals from reading and cleaning; every removal is one of these. */
  signals: QualitySignal[];
  layers: Layers;
  /** For each layer present, the extractor that wrote it, as `name@version`. */
  producers: Partial<Record<keyof Layers, string>>;
}
