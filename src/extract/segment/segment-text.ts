import type { Paragraph, Sentence, Token } from '../../model/index.js';
import { paragraphMatcher } from './matchers/paragraph-matcher.js';
import { winkMatcher } from './matchers/wink-matcher.js';
import { refineSentences } from './refiners/sentence-refiners.js';

/** The three layers segmentation provides, every span a UTF-16 offset range into the text given. */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * Splits a clean text into paragraphs (one per non-empty line), sentences (wink's, corrected by the
 * ordered sentence refiners) and tokens (wink's, with universal part-of-speech tags). Each paragraph is
 * segmented on its own, so sentences never cross paragraphs and carry the index of theirs. Pure and
 * deterministic: the same text gives the same layers, in text order. An empty or all-whitespace text gives
 * three empty layers.
 */
export function segmentText(text: string): Segmentation {
  const paragraphs = paragraphMatcher(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((paragraph, index) => {
    const reading = winkMatcher(text, paragraph.span);
    for (const token of reading.tokens) tokens.push(token);
    for (const span of refineSentences(reading.sentences, { text, paragraph })) {
      sentences.push({ span, paragraph: index });
    }
  });
  return { paragraphs, sentences, tokens };
}
