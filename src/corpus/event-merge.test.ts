import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/index.js';
import { buildEvents, inReportOrder } from './corpus-events.js';
import { eventContradictions } from './event-contradictions.js';
import { judgeMerge, mergeEventRecords } from './event-merge.js';
import { blockingKeys } from './event-records.js';
import { makeEventRecord } from './test-event-records.js';

/** A record as `eventRecordsOf` builds it, with only the fields a case cares about changed. */
function record(docId: string, index: number, fields: Partial<EventRecord>): EventRecord {
  const out = makeEventRecord(docId, index, {
    kind: 'meeting',
    published: '2025-12-05',
    window: { from: '2025-10-21', to: '2025-12-05' },
    span: { start: index * 100, end: index * 100 + 50 },
    trigger: { start: index * 100, end: index * 100 + 7 },
    label: 'meeting',
    ...fields,
  });
  out.keys = blockingKeys(out);
  return out;
}

const moscow = { place: 'moscow', placeName: 'Moscow' };
const envoys = { participants: ['a1', 'a2'], participantNames: ['Witkoff', 'Kushner'] };

describe('mergeEventRecords', () => {
  it('merges a planned meeting and a later report of it held ("this week" / "last week")', () => {
    const planned = mergeEventRecords(
      [],
      [
        record('d1', 0, {
          ...moscow,
          ...envoys,
          status: 'planned',
          published: '2025-12-01',
          date: '2025-W49',
          window: { from: '2025-12-01', to: '2025-12-07' },
        }),
      ],
    );
    const held = mergeEventRecords(planned, [
      record('d2', 0, {
        ...moscow,
        ...envoys,
        kind: 'visit',
        published: '2025-12-09',
        date: '2025-W49',
        window: { from: '2025-12-01', to: '2025-12-07' },
      }),
    ]);
    expect(held[0]!.eventId).toBe(planned[0]!.eventId);
    expect(held[0]!.reasons).toEqual([
      'same place: Moscow',
      'shared participants: Witkoff, Kushner',
      'stated dates meet: 2025-W49 and 2025-W49',
    ]);
    const [event] = buildEvents([...planned, ...held]);
    expect(event!.lifecycle.map((s) => `${s.status} ${s.published} ${s.doc}`)).toEqual([
      'planned 2025-12-01 d1',
      'held 2025-12-09 d2',
    ]);
    expect(event!.status).toBe('held');
  });

  it.each<[string, Partial<EventRecord>, Partial<EventRecord>, string]>([
    ['distinct rounds', { round: 1 }, { round: 2 }, 'round'],
    [
      'London in March and London in December',
      { date: '2025-03-02', window: { from: '2025-03-02', to: '2025-03-02' } },
      { date: '2025-12-08', window: { from: '2025-12-08', to: '2025-12-08' } },
      'days',
    ],
    ['another place', {}, { place: 'paris', placeName: 'Paris' }, 'Paris'],
    ['a call is not a meeting', {}, { kind: 'call' as const }, 'call'],
  ])('keeps apart %s', (_name, a, b, why) => {
    const london = { place: 'london', placeName: 'London', ...envoys };
    const first = mergeEventRecords([], [record('d1', 0, { ...london, ...a })]);
    const second = mergeEventRecords(first, [record('d2', 0, { ...london, ...b })]);
    expect(second[0]!.eventId).not.toBe(first[0]!.eventId);
    expect(judgeMerge(second[0]!, first).blocked).toContain(why);
  });

  it('explains the verdict of the best-scoring member, the first of equals, past soft misses', () => {
    const soft = (i: number) => record(`s${i}`, 0, { participants: [`x${i}`], participantNames: [`X${i}`] });
    const members = [
      soft(1),
      record('m1', 0, { ...moscow }),
      soft(2),
      record('m2', 0, { ...moscow, ...envoys }),
      record('m3', 0, { ...moscow, ...envoys }),
    ];
    const verdict = judgeMerge(record('d9', 0, { ...moscow, ...envoys, kind: 'visit' }), members);
    expect(verdict).toEqual({
      score: 4,
      reasons: ['same place: Moscow', 'shared participants: Witkoff, Kushner'],
      blocked: null,
    });
    // Only soft misses: "too little in common", with no reasons.
    expect(judgeMerge(record('d9', 0, envoys), [soft(1), soft(2)])).toEqual({
      score: 0,
      reasons: [],
      blocked: 'too little in common',
    });
    // A hard block anywhere wins, with its reason written out.
    expect(
      judgeMerge(record('d9', 0, { ...moscow, ...envoys }), [
        soft(1),
        record('p1', 0, { place: 'paris', placeName: 'Paris' }),
      ]).blocked,
    ).toBe('Moscow is not Paris');
  });

  it('needs the same place or two shared participants across articles', () => {
    const first = mergeEventRecords(
      [],
      [record('d1', 0, { participants: ['a1'], participantNames: ['Witkoff'] })],
    );
    const second = mergeEventRecords(first, [
      record('d2', 0, { participants: ['a1'], participantNames: ['Witkoff'] }),
    ]);
    expect(second[0]!.eventId).not.toBe(first[0]!.eventId);
  });

  it('joins a bare back-reference ("the talks") to the event of its own article only', () => {
    const out = mergeEventRecords([], [record('d1', 0, { ...moscow, ...envoys }), record('d1', 1, {})]);
    expect(out[1]!.eventId).toBe(out[0]!.eventId);
    expect(out[1]!.reasons).toContain('refers back to an event of the same article');
    const other = mergeEventRecords(out, [record('d2', 0, {})]);
    expect(other[0]!.eventId).toBe('ev-d2-0');
  });

  it('joins "such a meeting … tomorrow", naming a speaker, to the planned talks of its own article', () => {
    const talks = record('d1', 0, {
      kind: 'talks',
      status: 'planned',
      place: 'istanbul',
      placeName: 'Istanbul',
      participants: ['a1', 'a2'],
      window: { from: '2025-02-27', to: '2025-06-27' },
    });
    const such = record('d1', 1, {
      status: 'planned',
      refersBack: true,
      participants: ['a2', 'a9'],
      date: '2025-02-28',
      window: { from: '2025-02-28', to: '2025-02-28' },
    });
    const out = mergeEventRecords([], [talks, such]);
    expect(out[1]!.eventId).toBe(out[0]!.eventId);
    const held = mergeEventRecords([], [talks, { ...such, status: 'held' }]);
    expect(held[1]!.eventId).not.toBe(held[0]!.eventId);
    const plain = mergeEventRecords([], [talks, { ...such, refersBack: false }]);
    expect(plain[1]!.eventId).not.toBe(plain[0]!.eventId);
  });

  it("follows the article's own link (sameAs): an upcoming summit its later section reports held", () => {
    const upcoming = record('d1', 0, { kind: 'summit', status: 'planned', participants: ['nato'] });
    const held = record('d1', 1, {
      place: 'brussels',
      placeName: 'Brussels',
      participants: ['nato', 'a5'],
      sameAs: { index: 0, why: 'named again by a heading' },
    });
    const out = mergeEventRecords([], [upcoming, held]);
    expect(out[1]!.eventId).toBe(out[0]!.eventId);
    expect(out[1]!.reasons[0]).toContain('named again by a heading');
    // Without the link, one article's planned and held reports stay apart.
    const apart = mergeEventRecords([], [upcoming, { ...held, sameAs: null }]);
    expect(apart[1]!.eventId).not.toBe(apart[0]!.eventId);
  });

  it('is stable: merging the same article again gives the same events', () => {
    const first = mergeEventRecords([], [record('d1', 0, { ...moscow, ...envoys })]);
    const again = mergeEventRecords([], [record('d1', 0, { ...moscow, ...envoys })]);
    expect(again).toEqual(first);
  });
});

describe('eventContradictions', () => {
  it('lists stated dates a few days apart, side by side, with both citations', () => {
    const london = { place: 'london', placeName: 'London', ...envoys };
    const first = mergeEventRecords(
      [],
      [record('d1', 0, { ...london, date: '2025-03-02', window: { from: '2025-03-02', to: '2025-03-02' } })],
    );
    const second = mergeEventRecords(first, [
      record('d2', 0, { ...london, date: '2025-03-04', window: { from: '2025-03-04', to: '2025-03-04' } }),
    ]);
    expect(second[0]!.eventId).toBe(first[0]!.eventId);
    const found = eventContradictions([...first, ...second], () => 'the London meeting');
    expect(found).toEqual([
      {
        event: first[0]!.eventId,
        about: 'the date of the London meeting',
        claims: [
          { value: '2025-03-02', basis: 'text', evidence: [{ doc: 'd1', span: { start: 0, end: 50 } }] },
          { value: '2025-03-04', basis: 'text', evidence: [{ doc: 'd2', span: { start: 0, end: 50 } }] },
        ],
      },
    ]);
  });

  it('finds none when the reports agree or come from one article', () => {
    const one = mergeEventRecords(
      [],
      [
        record('d1', 0, { ...moscow, ...envoys, outcome: 'ended without a deal' }),
        record('d1', 1, { ...moscow, ...envoys, outcome: 'agreed to meet again' }),
      ],
    );
    expect(eventContradictions(one, () => 'x')).toEqual([]);
  });

  it('finds outcomes that cannot both be true', () => {
    const first = mergeEventRecords(
      [],
      [record('d1', 0, { ...moscow, ...envoys, outcome: 'ended without agreement' })],
    );
    const second = mergeEventRecords(first, [
      record('d2', 0, { ...moscow, ...envoys, outcome: 'agreed on a prisoner swap' }),
    ]);
    expect(
      eventContradictions([...first, ...second], () => 'the Moscow meeting').map((c) =>
        c.claims.map((x) => x.value),
      ),
    ).toEqual([['no agreement (ended without agreement)', 'agreement (agreed on a prisoner swap)']]);
  });
});

describe('eventContradictions over many reports of one event', () => {
  const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;
  const on = (docId: string, index: number, from: number, to = from) =>
    record(docId, index, { eventId: 'ev', date: day(from), window: { from: day(from), to: day(to) } });

  it('finds no clash when only one article disagrees with itself', () => {
    const reports = [on('d1', 0, 1), on('d1', 1, 10), on('d2', 0, 1, 10), on('d3', 0, 1, 10)];
    expect(eventContradictions(reports, () => 'x')).toEqual([]);
  });

  it('finds the clash between two articles among thousands of agreeing reports', () => {
    const agreeing = Array.from({ length: 3000 }, (_, i) => on(`a${i}`, 0, 1, 20));
    expect(eventContradictions(agreeing, () => 'x')).toEqual([]);
    const found = eventContradictions(
      [on('d1', 0, 2), ...agreeing, on('d1', 1, 19), on('d2', 0, 18)],
      () => 'x',
    );
    expect(found.map((c) => c.claims.map((claim) => claim.value))).toEqual([
      [day(2), day(1), day(19), day(18)],
    ]);
  });
});

describe('inReportOrder', () => {
  it('keeps undated reports in order before the same dated report, and puts those of the last stage last', () => {
    const order = inReportOrder([
      record('u1', 0, { status: 'planned', published: null }),
      record('d2', 0, { status: 'held', published: '2025-12-09' }),
      record('u2', 0, { status: 'announced', published: null }),
      record('d1', 0, { status: 'planned', published: '2025-11-20' }),
      record('u3', 0, { status: 'held', published: null }),
      record('u4', 0, { status: 'planned', published: null }),
    ]);
    expect(order.map((r) => r.docId)).toEqual(['u2', 'd1', 'u1', 'u4', 'd2', 'u3']);
  });

  it('orders dated reports by date and puts an undated plan before the report of it held', () => {
    const order = inReportOrder([
      record('d2', 0, { status: 'held', published: '2025-12-09' }),
      record('d3', 0, { status: 'planned', published: null }),
      record('d1', 0, { status: 'announced', published: '2025-11-20' }),
      record('d4', 0, { status: 'cancelled', published: null }),
    ]);
    expect(order.map((r) => r.docId)).toEqual(['d1', 'd3', 'd2', 'd4']);
  });
});
