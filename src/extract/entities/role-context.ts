import type { Role } from '../../model/index.js';
import type { SentenceInput } from './entity-candidate.js';
import { NEVER_NAMES } from './lexicon/stop-words.js';
import { QUALIFIERS } from './lexicon/titles.js';
import { isNameWord, runText } from './name-run.js';

/** What stands before a title: whose office it is, and from which token the role's evidence starts. */
export interface OfPart {
  of: string | null;
  start: number;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * Reads whose office a title at token `index` is: a possessive ("NATO's"), a country, demonym or known
 * organisation ("Russian", "U.S.", "European Commission"), or a capitalised name ("Apple Computer CEO").
 * Countries and demonyms become the country's canonical name ("Russian" → "Russia").
 */
export function ofBefore(input: SentenceInput, index: number): OfPart {
  if (POSSESSIVE.has(input.words[index - 1] ?? '')) {
    const start = runStartBefore(input, index - 2);
    if (start <= index - 2) return { of: canonicalOf(input, runText(input, start, index - 2)), start };
  }
  for (let start = Math.max(0, index - 4); start < index; start += 1) {
    const found = input.lexicons.names.longestAt(input.lower, start);
    if (found !== null && start + found.length === index && isNameWord(input, start)) {
      const entry = found.value;
      const of =
        entry.kind === 'place' || entry.kind === 'nationality'
          ? entry.name
          : runText(input, start, index - 1);
      return { of: canonicalOf(input, of), start };
    }
  }
  const start = runStartBefore(input, index - 1, 3);
  if (start <= index - 1 && start > 0 && !NEVER_NAMES.has(input.lower[start] ?? '')) {
    return { of: canonicalOf(input, runText(input, start, index - 1)), start };
  }
  return { of: null, start: index };
}

/** The qualifier before token `index` ("former", "then-", "acting"), and the token it starts at. */
export function qualifierBefore(
  input: SentenceInput,
  index: number,
): { qualifier: Role['qualifier']; start: number } {
  const before = input.lower[index - 1] ?? '';
  if (before === '-' && QUALIFIERS[input.lower[index - 2] ?? ''] !== undefined) {
    return { qualifier: QUALIFIERS[input.lower[index - 2] ?? ''] ?? null, start: index - 2 };
  }
  const qualifier = QUALIFIERS[before];
  if (qualifier !== undefined && before !== 'then') return { qualifier, start: index - 1 };
  return { qualifier: null, start: index };
}

function runStartBefore(input: SentenceInput, end: number, maxWords = 4): number {
  let start = end + 1;
  while (start - 1 >= 0 && end - (start - 1) < maxWords && isNameWord(input, start - 1)) start -= 1;
  return start;
}

function canonicalOf(input: SentenceInput, of: string): string {
  return input.lexicons.countryOf.get(of.toLowerCase()) ?? of;
}
