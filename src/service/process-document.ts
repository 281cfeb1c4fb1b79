import { findAnchorMatches, knownAnchor } from '../extract/dating/anchor-matches.js';
import { inferPublished } from '../extract/dating/infer-published.js';
import type { Document, KnownAnchor, StoryPack } from '../model/index.js';
import type { Pipeline } from '../pipeline/index.js';
import { rerunForDate, runPipeline } from '../pipeline/index.js';

/** What the per-article pipeline is given besides the document. */
export interface ProcessOptions {
  pack?: StoryPack | null;
  /** Anchor events dated by other articles of the corpus (the pack's anchors are added here). */
  corpusAnchors?: readonly KnownAnchor[];
  /** A date the user gave (`annotate --date`): it is the reference date, and nothing is inferred. */
  referenceDate?: string | null;
}

/** The anchors usable for dating: the pack's, then those the corpus learned. */
export function knownAnchors(options: ProcessOptions): KnownAnchor[] {
  return [
    ...(options.pack?.anchors ?? []).map((anchor) => knownAnchor(anchor, 'pack')),
    ...(options.corpusAnchors ?? []),
  ];
}

/**
 * Runs the extractors on one built document. A document with no date from its metadata is dated from
 * its own text (a dateline, its absolute dates, relative cues beside dated anchors) and, when that gives a
 * date, the extractors run again against it, so "tomorrow" and "last week" resolve and roles carry it.
 */
export function processDocument(pipeline: Pipeline, doc: Document, options: ProcessOptions = {}): Document {
  const pack = options.pack ?? null;
  const given = options.referenceDate ?? doc.published.value;
  const anchors = knownAnchors(options);
  const first = runPipeline(pipeline, doc, { referenceDate: given, pack, anchors });
  if (given) return first;
  const published = redate(first, options);
  if (!published.value) return { ...first, published };
  return rerunForDate(pipeline, { ...first, published }, { referenceDate: published.value, pack, anchors });
}

/** The publication date the document's own layers support; the layers must have been run undated. */
export function redate(doc: Document, options: ProcessOptions): Document['published'] {
  const sentences = doc.layers.sentences ?? [];
  return inferPublished({
    text: doc.text,
    paragraphs: doc.layers.paragraphs ?? [],
    sentences,
    times: doc.layers.times ?? [],
    anchors: findAnchorMatches(doc.text, sentences, knownAnchors(options)),
    anchoredTimes: doc.layers.anchoredTimes ?? [],
  });
}
