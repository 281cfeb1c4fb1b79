import { POSITION_CUES } from '../lexicon/position-cues.js';
import type { CuePattern } from '../lexicon/position-cues.js';
import type { PositionHit, StanceInput } from '../stance-input.js';

/** Whether a lower-case token matches a cue pattern (a final `*` takes any ending). */
export function matchesPattern(word: string, pattern: CuePattern): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
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

/**
 * The polarity cues of one sentence, left to right; where cues overlap, the longest (listed first) wins,
 * so "concerns regarding" is one conditional cue.
 */
export function positionHits(input: StanceInput, sentence: number): PositionHit[] {
  const range = input.sentenceTokens[sentence];
  if (!range) return [];
  const hits: PositionHit[] = [];
  let at = range.start;
  while (at < range.end) {
    const cue = POSITION_CUES.find((candidate) =>
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
