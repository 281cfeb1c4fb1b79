import type { DocEntity, Mention, Paragraph, Sentence, Span, Token } from '../../model/index.js';
import { mentionOfTokens } from '../segment/token-cover.js';
import type { TimeExpression } from '../../model/time.js';
import type { QuoteMention } from '../../model/layers.js';

/**
 * Everything the quote matchers and refiners read, built once per document: the clean text, the earlier
 * layers, and lookups that keep the extractor linear (token and mention by offset).
 */
export interface QuoteInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly DocEntity[];
  readonly times: readonly TimeExpression[];
  readonly referenceDate: string | null;
  /** Lower-case text of each token, by token index. */
  readonly words: readonly string[];
  /** The mention covering each token, by token index; undefined where none. */
  readonly mentionOfToken: ReadonlyArray<Mention | undefined>;
}

/** A quote as matchers propose it; refiners fill the speaker, cue, addressee and date. */
export interface QuoteCandidate extends QuoteMention {
  /** The characters from the opening mark to the closing mark, marks included; null for indirect speech. */
  marked: Span | null;
  /** The speaker phrase found next to the cue, before the refiner resolves it. */
  speakerPhrase?: Span | null;
}

/** A quote matcher proposes candidates over the whole document. */
export type QuoteMatcher = (input: QuoteInput, quoted: readonly QuoteCandidate[]) => QuoteCandidate[];

/** A quote refiner filters or completes candidates, in order; it returns a new list. */
export type QuoteRefiner = (candidates: QuoteCandidate[], input: QuoteInput) => QuoteCandidate[];

/** Builds the per-document lookups. Tokens and mentions are sorted by start, as their layers give them. */
export function quoteInput(
  text: string,
  layers: {
    paragraphs?: readonly Paragraph[];
    sentences?: readonly Sentence[];
    tokens?: readonly Token[];
    mentions?: readonly Mention[];
    entities?: readonly DocEntity[];
    times?: readonly TimeExpression[];
  },
  referenceDate: string | null,
): QuoteInput {
  const tokens = layers.tokens ?? [];
  const mentions = layers.mentions ?? [];
  const mentionOfToken = mentionOfTokens(tokens, mentions);
  return {
    text,
    paragraphs: layers.paragraphs ?? [],
    sentences: layers.sentences ?? [],
    tokens,
    mentions,
    entities: layers.entities ?? [],
    times: layers.times ?? [],
    referenceDate,
    words: tokens.map((token) => text.slice(token.span.start, token.span.end).toLowerCase()),
    mentionOfToken,
  };
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.span.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = sentences[middle]!.span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Index of the paragraph holding `offset`, or -1. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = paragraphs[middle]!.span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
