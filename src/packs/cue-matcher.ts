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
  return matchPrepared(prepareText(sentenceText), cueKeys(cue), maxGap);
}

/** A text split into words once, with every form its words may take in a cue, for a quick rejection. */
interface PreparedText {
  words: Word[];
  forms: Set<string>;
}

const PREPARED = new Map<string, PreparedText>();

/**
 * Splits a sentence into words, remembering the last few thousand sentences: callers match one sentence
 * against many cue lists in turn (each issue, each anchor), and the split is the costly part.
 */
function prepareText(text: string): PreparedText {
  const cached = PREPARED.get(text);
  if (cached) return cached;
  if (PREPARED.size >= 4096) PREPARED.clear();
  const prepared = splitText(text);
  PREPARED.set(text, prepared);
  return prepared;
}

function splitText(text: string): PreparedText {
  const textWords = words(text);
  const forms = new Set<string>();
  for (const word of textWords) for (const form of singularForms(word.key)) forms.add(form);
  return { words: textWords, forms };
}

function matchPrepared(text: PreparedText, keys: readonly string[], maxGap: number): Span | null {
  const first = keys[0];
  if (first === undefined || !singularForms(first).some((form) => text.forms.has(form))) return null;
  const textWords = text.words;
  for (let i = 0; i < textWords.length; i++) {
    if (!sameWord(textWords[i]?.key ?? '', first)) continue;
    const last = matchRest(textWords, i, keys, maxGap);
    const start = textWords[i];
    if (last !== undefined && start) return { start: start.start, end: last.end };
  }
  return null;
}

/**
 * Every cue's leftmost match in each sentence, with spans as offsets into `text`. Sentences are given as
 * spans into `text` so a cue never joins words across a sentence boundary. Sorted by start, then end, then
 * cue, so the output is stable. `maxGap` widens the gap between cue words, e.g. to a whole clause. Each
 * sentence is split into words once, and a cue whose first word is absent is passed over at once.
 */
export function findCueMatches(
  text: string,
  sentenceSpans: readonly Span[],
  cues: readonly string[],
  maxGap: number = MAX_CUE_GAP,
): CueMatch[] {
  const matches: CueMatch[] = [];
  const keyed = cues.map((cue) => ({ cue, keys: cueKeys(cue) }));
  for (const sentence of sentenceSpans) {
    const prepared = prepareText(text.slice(sentence.start, sentence.end));
    for (const { cue, keys } of keyed) {
      const span = matchPrepared(prepared, keys, maxGap);
      if (span)
        matches.push({ cue, span: { start: sentence.start + span.start, end: sentence.start + span.end } });
    }
  }
  return matches.sort(
    (a, b) =>
      a.span.start - b.span.start || a.span.end - b.span.end || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0),
  );
}

const CUE_KEYS = new Map<string, string[]>();

/** A cue's word keys, computed once per cue text (cues are few and repeat for every sentence). */
function cueKeys(cue: string): string[] {
  let keys = CUE_KEYS.get(cue);
  if (!keys) {
    keys = words(cue).map((w) => w.key);
    if (CUE_KEYS.size < 10_000) CUE_KEYS.set(cue, keys);
  }
  return keys;
}

/** The word and the singulars it may be the plural of: "policies" → policies, policie, policy. */
function singularForms(key: string): string[] {
  const forms = [key];
  if (key.endsWith('s')) forms.push(key.slice(0, -1));
  if (key.endsWith('es')) forms.push(key.slice(0, -2));
  if (key.endsWith('ies')) forms.push(`${key.slice(0, -3)}y`);
  return forms;
}

/** Greedy: each next cue word is taken at its nearest occurrence, which gives the shortest match. */
function matchRest(
  textWords: Word[],
  startIndex: number,
  cueKeys: readonly string[],
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
  // eslint-disable-next-line no-control-regex
  const plain = /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
  const lower = plain.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return lower;
  return lower.replace(/['’]s?$/, '');
}

/** Equal, or one is a simple plural of the other (s, es, y/ies), for stems of three letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  if (long === `${short}s` || long === `${short}es`) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}
