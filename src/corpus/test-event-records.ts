import type { EventRecord } from '../model/index.js';

/**
 * An event record for tests: held talks with nothing stated, no keys and no event yet; `fields` changes
 * what a case cares about. One place for the record's shape, so a new field is added once.
 */
export function makeEventRecord(
  docId: string,
  index: number,
  fields: Partial<EventRecord> = {},
): EventRecord {
  return {
    docId,
    index,
    eventId: '',
    kind: 'talks',
    status: 'held',
    published: '2025-03-04',
    date: null,
    window: null,
    place: null,
    placeName: null,
    participants: [],
    participantNames: [],
    round: null,
    refersBack: false,
    sameAs: null,
    outcome: null,
    span: { start: 0, end: 10 },
    trigger: { start: 0, end: 5 },
    label: 'talks',
    keys: [],
    reasons: [],
    score: 0,
    ...fields,
  };
}
