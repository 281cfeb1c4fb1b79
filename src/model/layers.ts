import type { Span } from './span.js';
import type { AnchoredTime, TimeExpression } from './time.js';
import type { QualitySignal } from './quality.js';
import type { DocEntity, Mention } from './entity.js';
import type { EventMention, StanceMention } from './event.js';

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

/** Who said a quote, as the article tells it (issue #5). */
export interface QuoteSpeaker {
  /** The words naming the speaker next to the quote ("Lavrov", "he", "a senior EU official"); null when carried. */
  span: Span | null;
  /** The document entity (`DocEntity.id`) the speaker resolves to; null when unnamed. */
  entity: string | null;
  /** For an unnamed speaker, the description as written: "a senior EU official", "sources". */
  description: string | null;
  /** How the speaker was found: a name, a title ("the Chancellor"), a pronoun, carried from earlier in the paragraph, a description, or a document ("the strategy document"). */
  via: 'name' | 'title' | 'pronoun' | 'carried' | 'description' | 'document';
}

/** One quote in one article (issue #5): what was said, by whom, with which verb, to whom and when. */
export interface QuoteMention {
  /** The content: the words inside the marks for direct and partial quotes, the reported clause for indirect. */
  span: Span;
  kind: 'direct' | 'partial' | 'indirect';
  speaker: QuoteSpeaker | null;
  /** The verb of saying ("said", "warned", "stating"), when there is one. */
  cue: Span | null;
  /** Who was addressed, when the text says so ("Starmer assured Zelensky"). */
  addressee?: { span: Span; entity: string | null };
  /** `YYYY-MM-DD` of the statement when the text dates it, else the article's date; null when neither is known. */
  date: string | null;
  dateBasis: 'statement' | 'article' | 'unknown';
  /** A direct quote whose closing mark never came: it was cut at the paragraph's end and reported. */
  unclosed?: boolean;
  /** Provenance tag of the matcher, e.g. `matcher/direct`. */
  matcher: string;
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
