import type { SentenceInput } from './entity-candidate.js';
import { isCapitalised } from './entity-candidate.js';
import { NEVER_NAMES } from './lexicon/stop-words.js';

/** Lower-case words inside names: "Ursula von der Leyen", "Coalition of the Willing". */
const PARTICLES = new Set([
  'von',
  'der',
  'van',
  'de',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'bin',
  'of',
  'the',
  'and',
  '&',
]);
const LETTER = /\p{L}/u;

/** True when token `index` can be a word of a name: capitalised, not punctuation, not "The" or "In". */
export function isNameWord(input: SentenceInput, index: number, inside = false): boolean {
  const word = input.words[index];
  const token = input.tokens[index];
  if (word === undefined || token === undefined || token.pos === 'PUNCT' || token.pos === 'NUM') return false;
  if (!isCapitalised(word)) return false;
  const lower = input.lower[index] ?? '';
  if (input.titleCase === true && input.bodyCapitalised?.has(lower) !== true) return false;
  if (!inside && token.pos !== 'PROPN' && NEVER_NAMES.has(lower)) return false;
  return LETTER.test(word);
}

/**
 * The index of the last token of the capitalised run starting at `from` (inclusive), or `from - 1` when
 * none starts there. A run may hold name particles between capitalised words ("von der", "of the"), but
 * "and" and "&" only inside organisation names ("Procter & Gamble"), never to join two people: they end
 * the run unless followed by a capitalised word and preceded by a word that is no person's name.
 */
export function nameRunEnd(input: SentenceInput, from: number, maxWords = 6): number {
  let end = from - 1;
  let index = from;
  while (index < input.tokens.length && index - from < maxWords + 2) {
    if (isNameWord(input, index, end >= from)) {
      end = index;
      index += 1;
      continue;
    }
    const particle = input.words[index] ?? '';
    if (end < from || !PARTICLES.has(particle)) break;
    if (particle === 'and' || particle === 'the') break;
    let next = index + 1;
    while (PARTICLES.has(input.words[next] ?? '') && next - index < 3 && input.words[next] !== 'and')
      next += 1;
    if (!isNameWord(input, next)) break;
    index = next;
  }
  return end;
}

/** The text of tokens `from`..`to` as written, with the spaces between them kept. */
export function runText(input: SentenceInput, from: number, to: number): string {
  const start = input.tokens[from]?.span.start ?? 0;
  const end = input.tokens[to]?.span.end ?? 0;
  return input.text.slice(start, end);
}
