import type { EventCandidate, EventInput, EventRefiner } from '../event-input.js';
import { PLACE_PREPOSITIONS } from '../lexicon/arguments.js';
import { argumentOf, countryEntities, mentionsIn } from './event-arguments.js';

const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM']);

/**
 * Finds where each event is: the place a visit verb takes as its object ("engaged Moscow", "visited
 * Kyiv"), else a city or region right before the trigger ("the London summit"), else the
 * name the trigger is part of ("the Munich Security Conference"), else a place
 * after a preposition in the clause ("talks in Istanbul", "a trip to Moscow", "at the Kremlin"), the
 * nearest to the trigger, after it first. A place mention is preferred; an organisation after "at" ("at
 * the Kremlin") is the fallback.
 */
export const placeRefiner: EventRefiner = (candidates, input) => {
  const countries = countryEntities(input);
  return candidates.map((candidate) => {
    const named = input.mentionOfToken[candidate.first];
    const own = named?.kind === 'organisation' ? named : undefined;
    const object = candidate.verbal ? input.mentionOfToken[candidate.last] : undefined;
    const visited = object?.kind === 'place' && candidate.kind === 'visit' ? object : undefined;
    const mention =
      visited ?? modifierPlace(candidate, input, countries) ?? own ?? prepositionPlace(candidate, input);
    return mention ? { ...candidate, place: argumentOf(input, mention) } : candidate;
  });
};

function modifierPlace(candidate: EventCandidate, input: EventInput, countries: ReadonlySet<string>) {
  for (let at = candidate.first - 1; at >= Math.max(candidate.clause.from, candidate.first - 4); at -= 1) {
    const mention = input.mentionOfToken[at];
    if (mention?.kind === 'place') {
      const hyphen = input.words[at + 1] === '-' || input.words[at - 1] === '-';
      return countries.has(mention.entity) || hyphen ? undefined : mention;
    }
    if (!NOUN_PHRASE_TAGS.has(input.tokens[at]!.pos)) return undefined;
  }
  return undefined;
}

function prepositionPlace(candidate: EventCandidate, input: EventInput) {
  const after = placesAfterPreposition(input, candidate.last, candidate.clause.to);
  const before = placesAfterPreposition(input, candidate.clause.from, candidate.first).reverse();
  const all = [...after, ...before];
  return all.find((m) => m.kind === 'place') ?? all[0];
}

function placesAfterPreposition(input: EventInput, from: number, to: number) {
  return mentionsIn(input, from, to)
    .filter(({ mention, at }) => {
      const before = input.words[at - 1] === 'the' ? input.words[at - 2] : input.words[at - 1];
      if (!PLACE_PREPOSITIONS.has(before ?? '')) return false;
      return mention.kind === 'place' || (mention.kind === 'organisation' && before === 'at');
    })
    .map(({ mention }) => mention);
}
