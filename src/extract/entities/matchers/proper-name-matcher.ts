import type { EntityCandidate, SentenceInput } from '../entity-candidate.js';
import { tokenSpan } from '../entity-candidate.js';
import { ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { NEVER_NAMES } from '../lexicon/stop-words.js';
import { HONORIFICS } from '../lexicon/titles.js';
import { isNameWord, nameRunEnd } from '../name-run.js';

const PARTICLE_EDGES = new Set([
  'of',
  'the',
  'and',
  '&',
  'von',
  'der',
  'van',
  'de',
  'da',
  'di',
  'la',
  'le',
  'al',
  'bin',
]);

/**
 * Marks after which a sentence starts: a quotation's opening mark ("“Such talks …") and a table cell's
 * bar ("| Previous talks in Geneva …").
 */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«', '|']);

/**
 * Capitalised runs ("Keir Starmer", "Ursula von der Leyen", "Coalition of the Willing"), cut at titles
 * so "Foreign Minister Sergei Lavrov" gives "Sergei Lavrov" and "Secretary of State Marco Rubio" never
 * gives "State Marco". A sentence's first word, or a quotation's or a table cell's, joins only if tagged PROPN ("Meanwhile" does not) or the run holds an
 * organisation word ("Ford Motor Company said"). A title followed
 * by an organisation word is no cut ("General Motors"; "Army Secretary Dan Driscoll" is cut). Kind: an honorific or a known first name makes a person, an organisation word ("Ministry", "Airlines") an
 * organisation; otherwise `unknown`, for the kind refiner to settle from the rest of the document.
 */
export function properNameMatcher(input: SentenceInput): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let index = 0; index < input.tokens.length; index += 1) {
    if (!isNameWord(input, index)) continue;
    const runEnd = nameRunEnd(input, index);
    const opensSentence = index === 0 || OPENING_MARKS.has(input.words[index - 1] ?? '');
    // After a mark the tagger reads mid-sentence and may call any capitalised word a proper noun.
    const commonAfterMark = index > 0 && NEVER_NAMES.has(input.lower[index] ?? '');
    const skipFirst =
      opensSentence && (input.tokens[index]?.pos !== 'PROPN' || commonAfterMark) && input.titleCase !== true;
    let from = skipFirst && !hasOrganisationHead(input, index + 1, runEnd) ? index + 1 : index;
    for (let at = from; at <= runEnd + 1; at += 1) {
      const title = at <= runEnd ? input.lexicons.titles.longestAt(input.lower, at) : null;
      if (at <= runEnd && (title === null || hasOrganisationHead(input, at + title.length, runEnd))) continue;
      const segment = trimParticles(input, from, at - 1);
      if (segment !== null) found.push(classify(input, segment.from, segment.to));
      from = at + (title?.length ?? 1);
      at = from - 1;
    }
    index = runEnd;
  }
  return found;
}

/** True when a word of tokens `from`..`to` marks an organisation: "General Motors", "Ford Motor Company". */
export function hasOrganisationHead(input: SentenceInput, from: number, to: number): boolean {
  for (let index = from; index <= to; index += 1)
    if (ORGANISATION_HEADS.has(input.lower[index] ?? '')) return true;
  return false;
}

function trimParticles(input: SentenceInput, from: number, to: number): { from: number; to: number } | null {
  while (from <= to && PARTICLE_EDGES.has(input.lower[from] ?? '')) from += 1;
  while (to >= from && PARTICLE_EDGES.has(input.lower[to] ?? '')) to -= 1;
  return from <= to ? { from, to } : null;
}

function classify(input: SentenceInput, from: number, to: number): EntityCandidate {
  const words = input.lower.slice(from, to + 1);
  const span = tokenSpan(input, from, to);
  const matcher = 'matcher/proper-name';
  if (words.some((word) => ORGANISATION_HEADS.has(word))) {
    return { span: { ...span, start: hyphenatedStart(input, from) }, kind: 'organisation', matcher };
  }
  const first = words[0] ?? '';
  if (HONORIFICS.has(first) && words.length > 1) return { span, kind: 'person', matcher };
  if (input.lexicons.firstNames.has(first) && words.length > 1) return { span, kind: 'person', matcher };
  return { span, kind: 'unknown', matcher };
}

/**
 * Where an organisation's name starts when a capitalised word is hyphened onto it: "the NATO-Ukraine
 * Council" is one organisation, not "Ukraine Council". Only written without spaces ("NATO-Ukraine").
 */
function hyphenatedStart(input: SentenceInput, from: number): number {
  const hyphen = input.tokens[from - 1];
  const before = input.tokens[from - 2];
  const start = input.tokens[from]?.span.start ?? 0;
  if (hyphen === undefined || before === undefined || input.words[from - 1] !== '-') return start;
  if (hyphen.span.end !== start || before.span.end !== hyphen.span.start) return start;
  return isNameWord(input, from - 2) ? before.span.start : start;
}
