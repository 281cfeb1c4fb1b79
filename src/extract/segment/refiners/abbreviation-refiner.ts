import type { Span } from '../../../model/index.js';
import { ABBREVIATIONS, DOTTED_INITIALISM, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { SENTENCE_STARTERS } from '../lexicon/sentence-starters.js';
import { firstWord, lastChunk } from './boundary-words.js';
import { mergeAdjacent } from './merge-adjacent.js';
import type { SentenceRefiner } from './sentence-refiner.js';

/** A full stop, the whitespace after it, and a capital letter: where a missed boundary may hide. */
const STOP_BEFORE_CAPITAL = /\.(\s+)(?=\p{Lu})/gu;

/**
 * Fixes boundaries at abbreviations, in both directions:
 * - merges a sentence that wink ended at an abbreviation with the next one ("He met Adm." + "Smith
 *   today."), always after a title ("Gen.", "No.") and, after any other abbreviation or initial, unless the
 *   next sentence opens with a capitalised function word ("…in Jan." + "The talks ended." stays split);
 * - splits a sentence where an abbreviation that can end a sentence ("U.S.", "a.m.", "Inc.") is followed
 *   by a capitalised function word ("…talks with the U.S. The next round…"), should wink have missed it.
 * The word lists live in `lexicon/`; this refiner only decides.
 */
export const abbreviationRefiner: SentenceRefiner = (sentences, { text }) => {
  const merged = mergeAdjacent(sentences, (previous, next) =>
    continuesAfterAbbreviation(text, previous, next),
  );
  return merged.flatMap((sentence) => splitAfterAbbreviations(text, sentence));
};

function continuesAfterAbbreviation(text: string, previous: Span, next: Span): boolean {
  const chunk = lastChunk(text, previous);
  if (TITLE_ABBREVIATIONS.has(chunk)) return true;
  if (!ABBREVIATIONS.has(chunk) && !DOTTED_INITIALISM.test(chunk)) return false;
  return !SENTENCE_STARTERS.has(firstWord(text, next));
}

/** Whether a chunk is an abbreviation that can end a sentence: not a title and not a single initial. */
function mayEndSentence(chunk: string): boolean {
  if (TITLE_ABBREVIATIONS.has(chunk)) return false;
  return ABBREVIATIONS.has(chunk) || (chunk.length > 2 && DOTTED_INITIALISM.test(chunk));
}

function splitAfterAbbreviations(text: string, sentence: Span): Span[] {
  const pieces: Span[] = [];
  let start = sentence.start;
  const inside = text.slice(sentence.start, sentence.end);
  for (const match of inside.matchAll(STOP_BEFORE_CAPITAL)) {
    const stop = sentence.start + match.index + 1;
    const next = stop + (match[1]?.length ?? 0);
    if (!mayEndSentence(lastChunk(text, { start, end: stop }))) continue;
    if (!SENTENCE_STARTERS.has(firstWord(text, { start: next, end: sentence.end }))) continue;
    pieces.push({ start, end: stop });
    start = next;
  }
  pieces.push({ start, end: sentence.end });
  return pieces;
}
