import type { EventInput, EventRefiner } from '../event-input.js';

const CLOSING = /[.!"”’')\]]\s*$/u;
const QUESTION = /\?["”’']?\s*$/u;
const MAX_HEADING_WORDS = 24;

/**
 * Drops triggers in headings and questions: a short line that does not end like a sentence ("Security
 * Talks in Focus", "Summit in Rome: What Next") or a question ("Will the talks resume?") reports no event.
 */
export const headingRefiner: EventRefiner = (candidates, input) =>
  candidates.filter((candidate) => {
    const sentence = input.sentenceOfToken[candidate.first] ?? -1;
    if (!input.sentences[sentence]) return true;
    return !isHeadingSentence(input, sentence) && !isQuestion(input, sentence);
  });

/** A short line that does not end like a sentence: a heading ("OSCE Summit in Vienna"). */
export function isHeadingSentence(input: EventInput, index: number): boolean {
  const sentence = input.sentences[index];
  if (!sentence) return false;
  const text = input.text.slice(sentence.span.start, sentence.span.end);
  if (QUESTION.test(text) || CLOSING.test(text)) return false;
  return text.split(/\s+/u).filter((word) => word.length > 0).length <= MAX_HEADING_WORDS;
}

function isQuestion(input: EventInput, index: number): boolean {
  const sentence = input.sentences[index]!;
  return QUESTION.test(input.text.slice(sentence.span.start, sentence.span.end));
}
