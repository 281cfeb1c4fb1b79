import { POSITION_CUES } from '../lexicon/position-cues.js';
import type { CuePattern, PositionCue } from '../lexicon/position-cues.js';
import type { PositionHit, StanceInput } from '../stance-input.js';

/** Whether a lower-case token matches a cue pattern (a final `*` takes any ending). */
export function matchesPattern(word: string, pattern: CuePattern): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** Cues by their exact first word; cues whose first pattern is a prefix (`*`) are checked for every word. */
const BY_FIRST_WORD = new Map<string, PositionCue[]>();
const PREFIX_CUES: PositionCue[] = [];
for (const cue of POSITION_CUES) {
  const first = cue.words[0] ?? '';
  if (first.endsWith('*')) PREFIX_CUES.push(cue);
  else BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), cue]);
}
const ORDER = new Map(POSITION_CUES.map((cue, index) => [cue, index]));

/** Words seen so far and their cues: the lookup is pure, and the prefix scan is the costly part. */
const CUES_OF_WORD = new Map<string, readonly PositionCue[]>();
/** Bounds the memo on a corpus of many distinct words; clearing it changes no result. */
const MAX_MEMO_WORDS = 50_000;

/** The cues that may start at a word, in lexicon order (so the longest, listed first, still wins). */
function cuesStartingWith(word: string): readonly PositionCue[] {
  let cues = CUES_OF_WORD.get(word);
  if (cues === undefined) {
    if (CUES_OF_WORD.size >= MAX_MEMO_WORDS) CUES_OF_WORD.clear();
    cues = scanCues(word);
    CUES_OF_WORD.set(word, cues);
  }
  return cues;
}

function scanCues(word: string): PositionCue[] {
  const exact = BY_FIRST_WORD.get(word) ?? [];
  const prefixed = PREFIX_CUES.filter((cue) => matchesPattern(word, cue.words[0]!));
  if (prefixed.length === 0) return exact;
  return [...exact, ...prefixed].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

/** Words after a one-word noun cue that tie it to its matter: "support for", "refusal to". */
const NOUN_LINKS = new Set(['for', 'to', 'of', 'over', 'on', 'regarding', 'about', 'against']);

/**
 * A cue in a compound ("US-backed") or a passive with its agent ("backed by allies") says nothing of the
 * holder this layer can find: the words after it are the agent, not the matter. A one-word noun cue
 * governs only through a preposition ("support for", not "support and …").
 */
function usable(input: StanceInput, start: number, end: number): boolean {
  const previous = input.words[start - 1];
  const previousEnd = input.tokens[start - 1]?.span.end;
  const glued = previous === '-' && previousEnd === input.tokens[start]?.span.start;
  if (glued || input.words[end] === 'by') return false;
  const loneNoun = end - start === 1 && input.tokens[start]?.pos === 'NOUN';
  return !loneNoun || NOUN_LINKS.has(input.words[end] ?? '');
}

/** Each input's hits by sentence: the topic and pair matchers both read them, and they are computed once. */
const HITS_OF_INPUT = new WeakMap<StanceInput, Array<readonly PositionHit[] | undefined>>();

/**
 * The polarity cues of one sentence, left to right; where cues overlap, the longest (listed first) wins,
 * so "concerns regarding" is one conditional cue. Remembered per input, which is read-only.
 */
export function positionHits(input: StanceInput, sentence: number): readonly PositionHit[] {
  let bySentence = HITS_OF_INPUT.get(input);
  if (bySentence === undefined) HITS_OF_INPUT.set(input, (bySentence = []));
  return (bySentence[sentence] ??= scanHits(input, sentence));
}

function scanHits(input: StanceInput, sentence: number): PositionHit[] {
  const range = input.sentenceTokens[sentence];
  if (!range) return [];
  const hits: PositionHit[] = [];
  let at = range.start;
  while (at < range.end) {
    const cue = cuesStartingWith(input.words[at] ?? '').find((candidate) =>
      candidate.words.every(
        (pattern, offset) =>
          at + offset < range.end && matchesPattern(input.words[at + offset] ?? '', pattern),
      ),
    );
    if (!cue || input.mentionOfToken[at] || !usable(input, at, at + cue.words.length)) {
      at += 1;
      continue;
    }
    const { position, governs, weight } = cue;
    hits.push({ sentence, start: at, end: at + cue.words.length, position, governs, weight });
    at += cue.words.length;
  }
  return hits;
}
