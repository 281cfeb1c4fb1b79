import type { EventMention } from '../../../model/event.js';

/** Kinds that can name one and the same gathering in different reports ("the visit", "the talks", "the meeting"). */
const FAMILY: Record<EventMention['kind'], string> = {
  talks: 'gathering',
  summit: 'gathering',
  conference: 'gathering',
  meeting: 'gathering',
  visit: 'gathering',
  announcement: 'gathering',
  call: 'call',
  agreement: 'agreement',
  ceasefire: 'ceasefire',
  'prisoner-exchange': 'prisoner-exchange',
};

/** The family an event kind merges within. */
export function eventFamily(kind: EventMention['kind']): string {
  return FAMILY[kind];
}
