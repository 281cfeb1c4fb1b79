import type { EventArgument } from '../../../model/event.js';
import { matchesAt, phrasesByFirstWord, phraseWords } from '../event-input.js';
import type { EventCandidate, EventInput, EventRefiner } from '../event-input.js';
import { HOST_AFTER, HOST_BEFORE, NOT_PARTICIPANT_BEFORE, PLACE_PREPOSITIONS } from '../lexicon/arguments.js';
import { argumentOf, countryEntities, mentionsIn } from './event-arguments.js';

const AFTER = phrasesByFirstWord(HOST_AFTER.map(phraseWords));
const BEFORE = phrasesByFirstWord(HOST_BEFORE.map(phraseWords));

/**
 * Fills participants and host. Participants are the people, organisations, nationalities (as their
 * country) and countries named in the clause, each entity once, never the event's place nor a place after
 * a preposition ("in Istanbul", "from Kyiv"). The host is who "hosted" or "received" the others, or who the
 * event was "hosted by".
 */
export const participantRefiner: EventRefiner = (candidates, input) => {
  const countries = countryEntities(input);
  return candidates.map((candidate) => {
    const participants: EventArgument[] = [];
    for (const { mention, at } of mentionsIn(input, candidate.clause.from, candidate.clause.to)) {
      if (mention.entity === candidate.place?.entity) continue;
      if (participants.some((p) => p.entity === mention.entity)) continue;
      const before = input.words[at - 1] === 'the' ? input.words[at - 2] : input.words[at - 1];
      const located = PLACE_PREPOSITIONS.has(before ?? '') || NOT_PARTICIPANT_BEFORE.has(before ?? '');
      if (mention.kind === 'place' && (located || !countries.has(mention.entity))) continue;
      participants.push(argumentOf(input, mention));
    }
    return { ...candidate, participants, host: host(candidate, input) };
  });
};

function host(candidate: EventCandidate, input: EventInput): EventArgument | null {
  const { from, to } = candidate.clause;
  for (let at = from; at < to; at += 1) {
    const word = input.words[at]!;
    const after = AFTER.get(word)?.find((cue) => matchesAt(input.words, at, cue, to));
    if (after) {
      const found = mentionsIn(input, at + after.length, Math.min(to, at + after.length + 6))[0];
      if (found && found.mention.kind !== 'place') return argumentOf(input, found.mention);
    }
    const before = BEFORE.get(word)?.find((cue) => matchesAt(input.words, at, cue, to));
    if (before) {
      const found = mentionsIn(input, from, at)
        .filter(({ mention }) => mention.kind !== 'nationality')
        .pop();
      if (found) return argumentOf(input, found.mention);
    }
  }
  return null;
}
