import type { SentenceRefiner } from './sentence-refiner.js';

/**
 * Makes a heading exactly one sentence, its whole line. A title such as "Current Stalemates: The Latest
 * U.S.-Ukraine Negotiation Efforts" has no final punctuation, and any boundary wink finds inside it is
 * wrong; extractors that skip headings can then skip one sentence.
 */
export const headingRefiner: SentenceRefiner = (sentences, { paragraph }) =>
  paragraph.heading
    ? [{ start: paragraph.span.start, end: paragraph.span.end }]
    : sentences.map((s) => ({ ...s }));
