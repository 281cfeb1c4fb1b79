import type { Span } from './span.js';
import type { AnchoredTime, TimeExpression } from './time.js';
import type { QualitySignal } from './quality.js';
import type { DocEntity, Mention } from './entity.js';

/** A block of text separated from its neighbours by a line break in the clean text. */
export interface Paragraph {
  span: Span;
  /** A line with no final punctuation that reads as a heading: a title or subhead. */
  heading: boolean;
}

/** A sentence, with the index of the paragraph holding it. Sentences never cross paragraphs. */
export interface Sentence {
  span: Span;
  paragraph: number;
}

/** A token with its universal part-of-speech tag (wink-nlp's tag set). */
export interface Token {
  span: Span;
  pos: string;
}

/** One quote in one article (issue #5). */
export interface QuoteMention {
  span: Span;
  kind: 'direct' | 'partial' | 'indirect';
  speakerSpan?: Span;
  speakerDescription?: string;
  cueSpan?: Span;
}

/** One article's report of an event (issue #6). */
export interface EventMention {
  span: Span;
  kind: string;
  status: 'announced' | 'planned' | 'held' | 'postponed' | 'cancelled' | 'unknown';
}

/** An actor's position on an issue, as one sentence states it (issue #6). */
export interface StanceMention {
  span: Span;
  actorSpan: Span;
  issue: string;
  position: 'support' | 'oppose' | 'conditional' | 'neutral';
}

/**
 * Every layer an extractor may provide. The runner is the only writer; each layer present has a producer
 * recorded in `Document.producers`.
 */
export interface Layers {
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  entities?: DocEntity[];
  times?: TimeExpression[];
  anchoredTimes?: AnchoredTime[];
  quotes?: QuoteMention[];
  eventMentions?: EventMention[];
  stances?: StanceMention[];
  quality?: QualitySignal[];
}

/** The name of a layer, as extractors declare it in `requires` and `provides`. */
export type LayerName = keyof Layers;

/** Every layer name, in pipeline order. Used to validate extractor declarations. */
export const LAYER_NAMES: readonly LayerName[] = [
  'paragraphs',
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'times',
  'anchoredTimes',
  'quotes',
  'eventMentions',
  'stances',
  'quality',
];

/**
 * Layers cheap to recompute and large to keep: the store does not persist them. Tokens run to tens of
 * thousands per long article; re-segmenting is faster than reading them back.
 */
export const TRANSIENT_LAYERS: ReadonlySet<LayerName> = new Set<LayerName>(['tokens']);
