import { describe, expect, it } from 'vitest';
import type { Document, EventMention } from '../model/index.js';
import { textDocument } from '../pipeline/text-document.js';
import { eventRecordsOf } from './event-records.js';

function mention(status: EventMention['status'], date: string | null): EventMention {
  return {
    span: { start: 0, end: 20 },
    trigger: { start: 4, end: 7 },
    kind: 'meeting',
    status,
    statusCue: null,
    participants: [],
    host: null,
    place: { span: { start: 11, end: 15 }, entity: null, name: 'Oslo' },
    date: date ? { value: date, span: { start: 16, end: 20 }, basis: 'text' } : null,
    outcome: null,
    round: null,
    refersBack: false,
    sameAs: null,
    matcher: 'test',
  };
}

function docWith(mentions: EventMention[]): Document {
  const doc = textDocument('The met in Oslo on Monday.', 'd1');
  return {
    ...doc,
    published: { value: '2025-03-05', precision: 'day', basis: 'metadata' },
    layers: { eventMentions: mentions },
  };
}

describe('eventRecordsOf', () => {
  it.each<[EventMention['status'], string | null, string | null, { from: string; to: string }]>([
    ['held', '2025-03-03', '2025-03-03', { from: '2025-03-03', to: '2025-03-03' }],
    ['held', null, null, { from: '2025-01-19', to: '2025-03-05' }],
    ['planned', '2025-03-10', '2025-03-10', { from: '2025-03-10', to: '2025-03-10' }],
    ['planned', null, null, { from: '2025-03-05', to: '2025-07-03' }],
  ])('a %s report dated %s keeps date %s and window %j', (status, date, kept, window) => {
    const [record] = eventRecordsOf(docWith([mention(status, date)]), () => undefined);
    expect(record).toMatchObject({ date: kept, window, place: 'oslo', eventId: '' });
    expect(record!.keys.every((key) => key.startsWith('gathering|place:oslo'))).toBe(true);
  });
});
