import type { EventRefiner } from '../event-input.js';

const CLOSING = /[.!"”’')\]]\s*$/u;
const QUESTION = /\?["”’']?\s*$/u;
const MAX_HEADING_WORDS = 24;

/**
 * Drops triggers in headings and questions: a short line that does not end like a sentence ("Security
 * Talks in Focus", "Summit in Rome: What Next") or a question ("Will the talks resume?") reports no event.
 */
export const headingRefiner: EventRefiner = (candidates, input) =>
  candidates.filter((candidate) => {
    const sentence = input.sentences[input.sentenceOfToken[candidate.first] ?? -1];
    if (!sentence) return true;
    const text = input.text.slice(sentence.span.start, sentence.span.end);
    if (QUESTION.test(text)) return false;
    const words = text.split(/\s+/u).filter((word) => word.length > 0).length;
    return CLOSING.test(text) || words > MAX_HEADING_WORDS;
  });
