import type { Token } from '../../model/index.js';
import type { SentenceInput } from './time-candidate.js';

/** The lower-cased text of one token of the sentence: tokens carry spans into the document, not text. */
export function wordOf(input: SentenceInput, token: Token): string {
  return input.text.slice(token.span.start - input.offset, token.span.end - input.offset).toLowerCase();
}
