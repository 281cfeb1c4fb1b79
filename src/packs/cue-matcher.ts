import type { Span } from '../model/span.js';

/** How many other words may stand between two consecutive words of a cue. */
export const MAX_CUE_GAP = 6;

/** A cue found in a text: which cue, and the span from its first word to its last. */
export interface CueMatch {
  cue: string;
  span: Span;
}

interface Word {
  key: string;
  start: number;
  end: number;
}

// A word: letters and digits, with inner apostrophes ("summit's", "Kyiv’s"). Hyphens and dots split words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*['’]?/gu;

/**
 * The leftmost place where the cue's words appear in order in one sentence, with at most six other words
 * between consecutive cue words: "summit Alaska" matches "a summit between the two presidents in Alaska".
 * Words compare whole (never inside a word: "Alaska" is not in "Alaskan"), without case or accents, and
 * tolerate a possessive ("summit's") and a simple plural ("talk"/"talks", "policy"/"policies"). The span
 * runs from the first cue word to the last, relative to `sentenceText`; null when the cue is absent.
 */
export function matchCue(sentenceText: string, cue: string, maxGap: number = MAX_CUE_GAP): Span | null {
  const cueKeys = words(cue).map((w) => w.key);
  const first = cueKeys[0];
  if (first === undefined) return null;
  const textWords = words(sentenceText);
  for (let i = 0; i < textWords.length; i++) {
    if (!sameWord(textWords[i]?.key ?? '', first)) continue;
    const last = matchRest(textWords, i, cueKeys, maxGap);
    const start = textWords[i];
    if (last !== undefined && start) return { start: start.start, end: last.end };
  }
  return null;
}

/**
 * Every cue's leftmost match in each sentence, with spans as offsets into `text`. Sentences are given as
 * spans into `text` so a cue never joins words across a sentence boundary. Sorted by start, then end, then
 * cue, so the output is stable. `maxGap` widens the gap between cue words, e.g. to a whole clause.
 */
export function findCueMatches(
  text: string,
  sentenceSpans: readonly Span[],
  cues: readonly string[],
  maxGap: number = MAX_CUE_GAP,
): CueMatch[] {
  const matches: CueMatch[] = [];
  for (const sentence of sentenceSpans) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const cue of cues) {
      const span = matchCue(sentenceText, cue, maxGap);
      if (span)
        matches.push({ cue, span: { start: sentence.start + span.start, end: sentence.start + span.end } });
    }
  }
  return matches.sort(
    (a, b) =>
      a.span.start - b.span.start || a.span.end - b.span.end || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0),
  );
}

/** Greedy: each next cue word is taken at its nearest occurrence, which gives the shortest match. */
function matchRest(
  textWords: Word[],
  startIndex: number,
  cueKeys: string[],
  maxGap: number,
): Word | undefined {
  let at = startIndex;
  for (const key of cueKeys.slice(1)) {
    let found = -1;
    for (let j = at + 1; j <= at + 1 + maxGap && j < textWords.length; j++) {
      if (sameWord(textWords[j]?.key ?? '', key)) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    at = found;
  }
  return textWords[at];
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    key: wordKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Lower case, no accents, no possessive: "Summit’s" → "summit", "Erdoğan's" → "erdogan". */
function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/, '');
}

/** Equal, or one is a simple plural of the other (s, es, y/ies), for stems of three letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  if (long === `${short}s` || long === `${short}es`) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}
