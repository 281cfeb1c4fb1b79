import { describe, expect, it } from 'vitest';
import { mergeEventRecords } from '../corpus/event-merge.js';
import { blockingKeys } from '../corpus/event-records.js';
import { makeEventRecord } from '../corpus/test-event-records.js';
import type { ActorRecord, EventRecord } from '../model/index.js';
import type { Decision } from '../store/decisions.js';
import { correctEventRecords } from './apply-events.js';
import { decisionSet } from './decision-set.js';

function record(docId: string, participants: string[], names: string[]): EventRecord {
  const base = makeEventRecord(docId, 0, {
    published: '2025-04-02',
    window: { from: '2025-03-20', to: '2025-04-02' },
    participants,
    participantNames: names,
  });
  return { ...base, keys: blockingKeys(base) };
}

function actor(id: string, name: string): ActorRecord {
  return { id, name, kind: 'person', packActor: null, keys: [`person:${name.toLowerCase()}`] };
}

const actors = [actor('a-lind', 'Helga Lind'), actor('a-lind2', 'H. Lind'), actor('a-osce', 'OSCE')];
// Two articles report talks with Lind and the OSCE; one names her in full, the other by initial, and
// resolution made two actors of her. Sharing only the OSCE, the reports stay two events.
const stored = mergeEventRecords(
  [],
  [
    record('d1', ['a-lind', 'a-osce'], ['Helga Lind', 'OSCE']),
    record('d2', ['a-lind2', 'a-osce'], ['H. Lind', 'OSCE']),
  ],
);

function merge(keep: string, other: string): Decision {
  return {
    id: 'dec-1',
    kind: 'merge-actors',
    target: `actors:${keep}+${other}`,
    value: { keep },
    author: 'test',
    createdAt: '2025-04-03T00:00:00Z',
    reason: null,
    revokedAt: null,
  };
}

describe('correctEventRecords', () => {
  it('merges the events again when an actor merge gives two reports their participants in common', () => {
    expect(stored[0]!.eventId).not.toBe(stored[1]!.eventId);
    const out = correctEventRecords(stored, decisionSet([merge('a-lind', 'a-lind2')], actors));
    expect(out[1]!.participants).toEqual(['a-lind', 'a-osce']);
    expect(out[1]!.eventId).toBe(out[0]!.eventId);
    expect(out[1]!.reasons.join(' ')).toContain('shared participants');
  });

  it('keeps the stored events when the decisions move no participant of them (negative case)', () => {
    const elsewhere = [actor('a-x', 'Someone Else'), actor('a-y', 'Other Person'), ...actors];
    const out = correctEventRecords(stored, decisionSet([merge('a-x', 'a-y')], elsewhere));
    expect(out.map((r) => r.eventId)).toEqual(stored.map((r) => r.eventId));
    expect(out[0]!.eventId).not.toBe(out[1]!.eventId);
  });

  it('keeps the stored records as they are with no actor decision', () => {
    expect(correctEventRecords(stored, decisionSet([], actors))).toEqual(stored);
  });
});
