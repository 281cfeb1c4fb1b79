import type { EventKind } from '../../../model/event.js';
import { tokenSpan } from '../event-input.js';
import type { EventCandidate, EventInput } from '../event-input.js';
import { clauseAround } from './clause.js';

/** A fresh candidate for the trigger at tokens [first, last): the sentence as evidence, nothing filled in. */
export function newCandidate(
  input: EventInput,
  first: number,
  last: number,
  kind: EventKind,
  how: { verbal: boolean; tenseStatus: 'held' | null; matcher: string },
): EventCandidate {
  const sentence = input.sentences[input.sentenceOfToken[first] ?? -1];
  const trigger = tokenSpan(input.tokens, first, last);
  return {
    span: sentence ? { ...sentence.span } : trigger,
    trigger,
    kind,
    status: 'unknown',
    statusCue: null,
    participants: [],
    host: null,
    place: null,
    date: null,
    outcome: null,
    round: null,
    refersBack: false,
    sameAs: null,
    matcher: how.matcher,
    first,
    last,
    clause: clauseAround(input, first, last),
    verbal: how.verbal,
    tenseStatus: how.tenseStatus,
  };
}
