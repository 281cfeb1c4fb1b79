import type { Span } from '../../model/index.js';
import { NOTICE_WITHIN, REPORTED_SPEECH, RETRACTION_PATTERNS } from './lexicon.js';

/** A retraction notice found in an article: which pattern, and the sentence it is in. */
export interface RetractionNotice {
  pattern: string;
  span: Span;
}

const QUOTES = /["“”«»]/g;

/**
 * Whether `text` (an article's clean text) is a retraction notice for itself: a sentence or line in its
 * opening (`NOTICE_WITHIN` characters) matches a pattern of the lexicon, is not inside quotation marks,
 * and does not report someone's words. Pure; the first notice found, or null.
 */
export function detectRetraction(text: string): RetractionNotice | null {
  const opening = text.slice(0, NOTICE_WITHIN);
  for (const { span, sentence } of sentencesOf(opening)) {
    for (const { id, pattern } of RETRACTION_PATTERNS) {
      const match = pattern.exec(sentence);
      if (!match) continue;
      if (REPORTED_SPEECH.test(sentence)) continue;
      if (insideQuotes(sentence, match.index)) continue;
      return { pattern: id, span };
    }
  }
  return null;
}

/** The lines of `text`, each cut at sentence ends, with their spans. */
function sentencesOf(text: string): Array<{ span: Span; sentence: string }> {
  const out: Array<{ span: Span; sentence: string }> = [];
  const piece = /[^\n.!?]+(?:[.!?]+|$)/gm;
  for (const match of text.matchAll(piece)) {
    const sentence = match[0];
    if (sentence.trim() === '') continue;
    out.push({ span: { start: match.index, end: match.index + sentence.length }, sentence });
  }
  return out;
}

/** True when an odd number of quotation marks come before `at`: the match is someone's quoted words. */
function insideQuotes(sentence: string, at: number): boolean {
  return (sentence.slice(0, at).match(QUOTES)?.length ?? 0) % 2 === 1;
}
