import type { Mention, Span, Token } from '../../model/index.js';

/**
 * For each token, the index of the span that covers it wholly, or -1. Tokens and spans are sorted by
 * start and the spans do not overlap (sentences, mentions), so one pass suffices.
 */
export function coveringSpans(tokens: readonly Token[], spans: readonly Span[]): number[] {
  const out: number[] = [];
  let cursor = 0;
  for (const token of tokens) {
    while (cursor < spans.length && spans[cursor]!.end <= token.span.start) cursor += 1;
    const span = spans[cursor];
    out.push(span && span.start <= token.span.start && token.span.end <= span.end ? cursor : -1);
  }
  return out;
}

/** The mention covering each token, by token index; undefined where none. Shared by the extractors' inputs. */
export function mentionOfTokens(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Array<Mention | undefined> {
  return coveringSpans(
    tokens,
    mentions.map((m) => m.span),
  ).map((index) => (index >= 0 ? mentions[index] : undefined));
}
