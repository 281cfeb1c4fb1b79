import type { EntityCandidate } from '../entity-candidate.js';
import { foldWord, foldWords } from '../fold-name.js';
import type { DocInput, EntityRefiner } from './entity-refiner.js';
import { textOf } from './entity-refiner.js';

const SURNAME_TAGS = new Set(['NOUN', 'PROPN', 'X']);

/**
 * Finds names written in lower case by mistake ("zelenskyy", "Antonio costa"). A lower-case word alone
 * is a name only when the article gives that person's full name properly. After a lone first name it
 * extends the name when it is that surname, when the article capitalises it elsewhere (compared folded:
 * "Zelensky" vouches for "zelenskyy"), when the tagger reads it as a proper noun, or when a title stands
 * before the first name ("President Volodymyr zelenskyy") and the word is a noun the article writes in
 * lower case nowhere else. Linear in the tokens: candidates are in text order and do not overlap.
 */
export const caseErrorRefiner: EntityRefiner = (candidates, doc) => {
  const surnames = fullNameSurnames(candidates, doc);
  const result = [...candidates];
  const added: EntityCandidate[] = [];
  const byEnd = new Map<number, number>();
  result.forEach((c, index) => byEnd.set(c.span.end, index));
  let cursor = 0;
  for (let index = 0; index < doc.tokens.length; index += 1) {
    const word = doc.words[index] ?? '';
    if (word.length < 3 || word !== doc.lower[index] || !startsWithLetter(word)) continue;
    const token = doc.tokens[index];
    if (token === undefined) continue;
    while (cursor < result.length && (result[cursor]?.span.end ?? 0) <= token.span.start) cursor += 1;
    if ((result[cursor]?.span.start ?? Infinity) < token.span.end) continue;
    const before = byEnd.get(token.span.start - 1) ?? -1;
    const previous = result[before];
    const afterFirstName = previous !== undefined && isLoneFirstName(previous, doc);
    const nounLike = word.length >= 4 && (token.pos === 'PROPN' || token.pos === 'NOUN');
    // Folding is needed only where a surname could follow or a noun could be one; most words skip it.
    if (!afterFirstName && !nounLike) continue;
    const folded = foldWord(word);
    const known = surnames.has(folded);
    let extend = false;
    if (afterFirstName && previous !== undefined) {
      if (known || doc.capitalisedFolded.has(folded) || token.pos === 'PROPN') extend = true;
      else if (previous.role !== undefined && !previous.role.relation && SURNAME_TAGS.has(token.pos)) {
        extend = doc.lowerCaseCounts.get(word) === 1;
      }
    }
    if (extend && previous !== undefined) {
      result[before] = {
        ...previous,
        kind: 'person',
        span: { start: previous.span.start, end: token.span.end },
      };
    } else if (known && nounLike) {
      added.push({ span: { ...token.span }, kind: 'person', matcher: 'matcher/case-error' });
    }
  }
  if (added.length === 0) return result;
  return [...result, ...added].sort((a, b) => a.span.start - b.span.start);
};

/** `/^\p{L}/u` for a lower-case word, without the regex for ASCII: a-z is the only ASCII letter range left. */
function startsWithLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{L}/u.test(word);
}

function isLoneFirstName(candidate: EntityCandidate, doc: DocInput): boolean {
  if (candidate.matcher === 'matcher/gazetteer') return false;
  const text = textOf(doc, candidate);
  return (
    !/\s/u.test(text) &&
    doc.text.charAt(candidate.span.end) === ' ' &&
    doc.lexicons.firstNames.has(text.toLowerCase())
  );
}

function fullNameSurnames(candidates: readonly EntityCandidate[], doc: DocInput): Set<string> {
  const surnames = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'person') continue;
    const text = textOf(doc, candidate);
    if (text === text.toLowerCase() || !/\s/u.test(text)) continue;
    const words = foldWords(text);
    const last = words[words.length - 1];
    if (words.length > 1 && last !== undefined) surnames.add(last);
  }
  return surnames;
}
