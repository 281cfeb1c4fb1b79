import type { Mention, Span, Token } from '../../model/index.js';

/**
 * For each token, the index of the span that covers it wholly, or -1. Tokens and spans are sorted by
 * start and the spans do not overlap (sentences, mentions), so one pass suffices.
 */
export function coveringSpans(tokens: readonly Token[], spans: readonly Span[]): number[] {
  const out: number[] = new Array<number>(tokens.length);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    while (cursor < spans.length && spans[cursor]!.end <= token.span.start) cursor += 1;
    const span = spans[cursor];
    out[i] = span && span.start <= token.span.start && token.span.end <= span.end ? cursor : -1;
  }
  return out;
}

/**
 * The last answer of `mentionOfTokens` per token layer: the quote, event and stance extractors ask it of
 * the same two layers of one document, and layers are never changed once written, so it is computed once.
 */
const MENTION_COVER = new WeakMap<
  readonly Token[],
  { mentions: readonly Mention[]; cover: ReadonlyArray<Mention | undefined> }
>();

/**
 * The mention covering each token, by token index; undefined where none. Shared by the extractors'
 * inputs; the answer is read-only, as one array is handed to every caller with the same layers.
 */
export function mentionOfTokens(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): ReadonlyArray<Mention | undefined> {
  const known = MENTION_COVER.get(tokens);
  if (known !== undefined && known.mentions === mentions) return known.cover;
  const indexes = coveringSpans(
    tokens,
    mentions.map((m) => m.span),
  );
  const cover = indexes.map((index) => (index >= 0 ? mentions[index] : undefined));
  MENTION_COVER.set(tokens, { mentions, cover });
  return cover;
}
