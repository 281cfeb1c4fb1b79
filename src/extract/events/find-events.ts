import type { EventMention } from '../../model/event.js';
import type { EventCandidate, EventInput } from './event-input.js';
import { eventMatchers } from './matchers/event-matchers.js';
import { eventRefiners } from './refiners/event-refiners.js';

/**
 * Finds the event mentions of a document: the matchers propose triggers, the refiners run in order. Pure;
 * exported apart from the extractor for scripts and tests.
 */
export function findEvents(input: EventInput): EventMention[] {
  let candidates: EventCandidate[] = [];
  for (const matcher of eventMatchers) candidates = candidates.concat(matcher(input));
  for (const refiner of eventRefiners) candidates = refiner(candidates, input);
  return candidates.map(toMention);
}

function toMention(candidate: EventCandidate): EventMention {
  const { span, trigger, kind, status, statusCue, participants, host, place, date, outcome, round } =
    candidate;
  const { refersBack, sameAs, matcher } = candidate;
  return {
    span,
    trigger,
    kind,
    status,
    statusCue,
    participants,
    host,
    place,
    date,
    outcome,
    round,
    refersBack,
    sameAs,
    matcher,
  };
}
