import type { Mention, QualitySignal, Span } from '../../model/index.js';
import type { DocumentView } from '../../pipeline/extractor.js';
import type { QualityThresholds } from './lexicon/thresholds.js';

/** One word token of the clean text, computed once per document and shared by every matcher. */
export interface Word {
  span: Span;
  /** Lower case, curly apostrophe made straight. */
  lower: string;
  /** True when the word as written has a capital letter (read it with `doc.text.slice(span…)`). */
  cased: boolean;
  /** wink's part-of-speech tag. */
  pos: string;
  /** Index of the sentence holding the word. */
  sentence: number;
  /** The entity mention covering the word, if any. */
  mention: Mention | undefined;
}

/** What every quality matcher reads: the document, its words, and the thresholds in force. */
export interface QualityInput {
  doc: DocumentView;
  /** `doc.text` in lower case, for phrase searches. */
  lower: string;
  /** The cue words (`CUE_WORDS`) the text holds: matchers test theirs here before searching the text. */
  cues: ReadonlySet<string>;
  words: readonly Word[];
  thresholds: QualityThresholds;
}

/**
 * A quality matcher: one rule, reading the input and proposing signals. Matchers never see each other's
 * output; the refiners order and tidy the union.
 */
export type QualityMatcher = (input: QualityInput) => QualitySignal[];

/** A refiner over the matchers' signals, run in order once per document. */
export type QualityRefiner = (signals: QualitySignal[], input: QualityInput) => QualitySignal[];

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}'’-]/u;

/**
 * Whether `text[start, end)` is a word (a letter, then letters, marks, apostrophes or hyphens): 0 when
 * not, 1 for a word, 2 for a word with a capital letter; +4 when it holds a curly apostrophe. ASCII is
 * decided by code.
 */
function wordKind(text: string, start: number, end: number): number {
  let kind = 1;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 97 && code <= 122) continue;
    if (code >= 65 && code <= 90) {
      kind |= 2;
      continue;
    }
    if (at === start && code < 128) return 0;
    if (code === 39 || code === 45) continue;
    if (code < 128) return 0;
    if (code === 0x2019) {
      if (at === start) return 0;
      kind |= 4;
      continue;
    }
    const char = text.charAt(at);
    if (!(at === start ? LETTER : WORD_PART).test(char)) return 0;
    if (char !== char.toLowerCase()) kind |= 2;
  }
  return end > start ? kind : 0;
}

/**
 * The word tokens of the document (letters first; punctuation, numbers and symbols left out), each with
 * its sentence and the mention covering it. One pass over tokens, sentences and mentions, all sorted.
 */
export function wordsOf(doc: DocumentView, lowerText = doc.text.toLowerCase()): Word[] {
  const { tokens = [], sentences = [] } = doc.layers;
  const mentions = sortedByStart(doc.layers.mentions ?? []);
  // Lower-casing the whole text once is ~6× faster than once per word; it keeps offsets unless a
  // character changes length ("İ"), and then each word is lower-cased alone.
  const aligned = lowerText.length === doc.text.length;
  const words: Word[] = [];
  let sentence = 0;
  let mention = 0;
  for (const token of tokens) {
    const { start, end } = token.span;
    const kind = wordKind(doc.text, start, end);
    if (kind === 0) continue;
    while (sentence < sentences.length - 1 && (sentences[sentence]?.span.end ?? 0) <= start) sentence += 1;
    while (mention < mentions.length && (mentions[mention]?.span.end ?? 0) <= start) mention += 1;
    const current = mentions[mention];
    const covered = current !== undefined && current.span.start <= start ? current : undefined;
    let lower = aligned ? lowerText.slice(start, end) : doc.text.slice(start, end).toLowerCase();
    if ((kind & 4) !== 0) lower = lower.replace(/’/gu, "'");
    words.push({
      span: token.span,
      lower,
      cased: (kind & 2) !== 0,
      pos: token.pos,
      sentence,
      mention: covered,
    });
  }
  return words;
}

function sortedByStart(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i += 1) {
    if ((mentions[i]?.span.start ?? 0) < (mentions[i - 1]?.span.start ?? 0)) {
      return [...mentions].sort((a, b) => a.span.start - b.span.start);
    }
  }
  return mentions;
}

/** A short quotation of `text` for a detail line: at most `max` characters, whitespace collapsed. */
export function quoteOf(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A share as a percentage with one decimal, for detail lines: 0.0312 → "3.1%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
