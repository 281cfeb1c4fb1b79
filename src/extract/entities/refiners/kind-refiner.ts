import type { EntityCandidate } from '../entity-candidate.js';
import { isCapitalised } from '../entity-candidate.js';
import { foldWords } from '../fold-name.js';
import type { DocInput, EntityRefiner } from './entity-refiner.js';
import { textOf } from './entity-refiner.js';

const LIST_GAP = /^(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)$/u;

/** Prepositions after which a lone unknown name is a place: "in Geneva", "near Pokrovsk". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'from', 'at']);
/** Nouns after which "in" names a company or body, not a place: "a stake in Chrysler". */
const NOT_PLACE_BEFORE_IN = new Set(
  'stake stakes share shares interest interests holding investment investments invested role job jobs'.split(
    ' ',
  ),
);
/** Words of movement after which "to" takes a place: "flew to Odesa", "a trip to Davos". */
const MOTION_WORDS = new Set(
  (
    'flew fly flies flying travel travels travelled traveled travelling traveling trip trips visit visits ' +
    'visited return returns returned returning head heads headed heading went go goes going came come ' +
    'comes coming moved move moving drove driven arrive arrived journey way road route deployed sent ' +
    'fled flee evacuated retreated advanced'
  ).split(' '),
);

/**
 * Settles candidates of unknown kind from the rest of the article: a word that is the surname (or full
 * name) of a person named elsewhere is that person ("Starmer" after "Keir Starmer"), and so is a name
 * listed beside a person ("Macron, Merz and Starmer"); anything else capitalised and unknown is taken
 * for an organisation, the commonest kind of unlisted name in news, except a one-word name after a place
 * preposition ("in Geneva", "near Pokrovsk", "flew to Odesa", "around Pokrovsk and Huliaipole"), which is a
 * place.
 */
export const kindRefiner: EntityRefiner = (candidates, doc) => {
  const people = personNames(candidates, doc);
  const settled = candidates.map((candidate): EntityCandidate => {
    if (candidate.kind !== 'unknown') return candidate;
    return people.has(foldWords(textOf(doc, candidate)).join(' '))
      ? { ...candidate, kind: 'person' }
      : candidate;
  });
  for (let changed = true; changed;) {
    changed = false;
    settled.forEach((candidate, index) => {
      if (candidate.kind !== 'unknown' || !listedBesidePerson(settled, index, doc)) return;
      settled[index] = { ...candidate, kind: 'person' };
      changed = true;
    });
  }
  const places = placeNames(settled, doc);
  return settled.map((c) => {
    if (c.kind !== 'unknown') return c;
    return { ...c, kind: places.has(textOf(doc, c)) ? 'place' : 'organisation' };
  });
};

/**
 * Unknown one-word names the article uses as places: more of their mentions follow a place preposition
 * than not. "from Huliaipole" once makes a place; "Chrysler said…, a deal at Chrysler" stays a company.
 */
function placeNames(candidates: readonly EntityCandidate[], doc: DocInput): Set<string> {
  const votes = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'unknown') continue;
    const text = textOf(doc, candidate);
    votes.set(text, (votes.get(text) ?? 0) + (afterPlacePreposition(candidate, doc) ? 1 : -1));
  }
  return new Set([...votes].filter(([, vote]) => vote > 0).map(([text]) => text));
}

/**
 * True for a one-word name after a place preposition ("in Geneva", "from Huliaipole", "outside
 * Pokrovsk") or after "to" following a word of movement ("flew to Odesa").
 */
function afterPlacePreposition(candidate: EntityCandidate, doc: DocInput): boolean {
  let index = tokenIndexAt(doc, candidate.span.start);
  if (index < 1 || doc.tokens[index]?.span.end !== candidate.span.end) return false;
  let before = doc.lower[index - 1] ?? '';
  if ((before === 'and' || before === 'or') && index >= 3 && isCapitalised(doc.words[index - 2])) {
    index -= 2;
    before = doc.lower[index - 1] ?? '';
  }
  if (PLACE_PREPOSITIONS.has(before)) return !NOT_PLACE_BEFORE_IN.has(doc.lower[index - 2] ?? '');
  return before === 'to' && MOTION_WORDS.has(doc.lower[index - 2] ?? '');
}

/** The index of the token starting at `offset`, or -1 (binary search: tokens are in text order). */
function tokenIndexAt(doc: DocInput, offset: number): number {
  let low = 0;
  let high = doc.tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = doc.tokens[middle]?.span.start ?? 0;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function personNames(candidates: readonly EntityCandidate[], doc: DocInput): Set<string> {
  const people = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'person') continue;
    const words = foldWords(textOf(doc, candidate));
    people.add(words.join(' '));
    if (words.length > 1) people.add(words[words.length - 1] ?? '');
  }
  return people;
}

function listedBesidePerson(candidates: readonly EntityCandidate[], index: number, doc: DocInput): boolean {
  const candidate = candidates[index];
  if (candidate === undefined) return false;
  const before = candidates[index - 1];
  const after = candidates[index + 1];
  const gap = (a: EntityCandidate, b: EntityCandidate) =>
    LIST_GAP.test(doc.text.slice(a.span.end, b.span.start));
  return (
    (before?.kind === 'person' && gap(before, candidate)) ||
    (after?.kind === 'person' && gap(candidate, after))
  );
}
