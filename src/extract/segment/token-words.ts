import type { Token } from '../../model/index.js';

/** Each token's text as written and in lower case, parallel to the token layer. */
export interface TokenWords {
  readonly words: readonly string[];
  readonly lower: readonly string[];
}

/** The last answer per token layer: the entity, event and stance extractors all read these words. */
const WORDS_OF_TOKENS = new WeakMap<readonly Token[], { text: string; found: TokenWords }>();

/**
 * The words of a token layer over `text`, computed once per document however many extractors ask:
 * layers are never changed once written, and the arrays handed out are read-only.
 */
export function tokenWords(text: string, tokens: readonly Token[]): TokenWords {
  const known = WORDS_OF_TOKENS.get(tokens);
  if (known !== undefined && known.text === text) return known.found;
  const words = new Array<string>(tokens.length);
  const lower = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const { start, end } = tokens[i]!.span;
    const word = text.slice(start, end);
    words[i] = word;
    lower[i] = word.toLowerCase();
  }
  const found = { words, lower };
  WORDS_OF_TOKENS.set(tokens, { text, found });
  return found;
}
