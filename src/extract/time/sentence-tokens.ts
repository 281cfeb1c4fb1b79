import type { Span, Token } from '../../model/index.js';

/**
 * The tokens inside `span`, by binary search over tokens sorted by start (as the segment layer gives
 * them). Keeps the extractor linear in the document: each sentence finds its tokens in log time.
 */
export function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.span.start ?? 0) < span.start) low = middle + 1;
    else high = middle;
  }
  const found: Token[] = [];
  for (let index = low; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.span.start >= span.end) break;
    found.push(token);
  }
  return found;
}

/** The index of the token that covers or starts at `offset`, or -1: how refiners find a word's tag. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((token) => token.span.start <= offset && offset < token.span.end);
}
