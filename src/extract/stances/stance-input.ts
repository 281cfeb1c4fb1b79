import { mentionOfTokens } from '../segment/token-cover.js';
import { tokenWords } from '../segment/token-words.js';
import type { DocEntity, Mention, PackIssue, Sentence, Span, Token } from '../../model/index.js';
import type { EventArgument, StanceMention, StancePosition } from '../../model/event.js';
import type { QuoteMention } from '../../model/layers.js';
import { stanceHolders } from './actor-words.js';

/** Everything the stance matchers and refiners read, built once per document. */
export interface StanceInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly DocEntity[];
  readonly quotes: readonly QuoteMention[];
  /** The pack's issues; null without a pack (issues are then clustered from the text). */
  readonly issues: readonly PackIssue[] | null;
  readonly referenceDate: string | null;
  /** Lower-case text of each token. */
  readonly words: readonly string[];
  /** The mention covering each token; undefined where none. */
  readonly mentionOfToken: ReadonlyArray<Mention | undefined>;
  /** Ids of the entities that can hold a position. */
  readonly holders: ReadonlySet<string>;
  /** Token range `[start, end)` of each sentence. */
  readonly sentenceTokens: ReadonlyArray<{ start: number; end: number }>;
}

/** Words of an issue in one sentence: which issue, where, and whether the pack or clustering gave it. */
export interface IssueHit {
  sentence: number;
  issue: string;
  cue: Span;
  /** Token range of the cue. */
  start: number;
  end: number;
  basis: 'pack' | 'clustered';
}

/** A polarity cue found in a sentence, as a token range. */
export interface PositionHit {
  sentence: number;
  start: number;
  end: number;
  position: StancePosition;
  governs: 'after' | 'before';
  weight: number;
}

/** A stance as the matcher proposes it; refiners set polarity, actor, country, quote and date. */
export interface StanceCandidate extends Omit<StanceMention, 'actor'> {
  sentence: number;
  hit: IssueHit;
  /** The cue that sets the position (the outer one of a chain such as "refusal to permit"). */
  cueHit: PositionHit | null;
  actor: EventArgument | null;
  /** Whether the actor came from the last-resort sentence subject rule. */
  weakActor?: boolean;
  modal?: boolean;
}

/** A stance matcher proposes candidates over the whole document. */
export type StanceMatcher = (input: StanceInput) => StanceCandidate[];

/** A stance refiner filters or completes candidates, in order; it returns a new list. */
export type StanceRefiner = (candidates: StanceCandidate[], input: StanceInput) => StanceCandidate[];

/** Builds the per-document lookups. Tokens and mentions are sorted by start, as their layers give them. */
export function stanceInput(
  text: string,
  layers: {
    sentences?: readonly Sentence[];
    tokens?: readonly Token[];
    mentions?: readonly Mention[];
    entities?: readonly DocEntity[];
    quotes?: readonly QuoteMention[];
  },
  issues: readonly PackIssue[] | null,
  referenceDate: string | null,
): StanceInput {
  const tokens = layers.tokens ?? [];
  const mentions = layers.mentions ?? [];
  const sentences = layers.sentences ?? [];
  const mentionOfToken = mentionOfTokens(tokens, mentions);
  return {
    text,
    sentences,
    tokens,
    mentions,
    entities: layers.entities ?? [],
    quotes: layers.quotes ?? [],
    issues,
    referenceDate,
    words: tokenWords(text, tokens).lower,
    mentionOfToken,
    holders: stanceHolders(layers.entities ?? [], mentions, sentenceStarts(sentences, tokens)),
    sentenceTokens: sentenceTokenRanges(sentences, tokens),
  };
}

/** Offsets where a sentence's first word starts (after any opening mark). */
function sentenceStarts(sentences: readonly Sentence[], tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  for (const sentence of sentences) {
    const first = tokens[tokenAtOrAfter(tokens, sentence.span.start)];
    if (first) starts.add(first.span.start);
  }
  return starts;
}

function sentenceTokenRanges(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const sentence of sentences) {
    while (at < tokens.length && tokens[at]!.span.start < sentence.span.start) at += 1;
    const start = at;
    while (at < tokens.length && tokens[at]!.span.start < sentence.span.end) at += 1;
    ranges.push({ start, end: at });
  }
  return ranges;
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
