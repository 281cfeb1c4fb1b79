import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument } from '../test-documents.js';
import { makeEventRecord } from '../../corpus/test-event-records.js';

function record(docId: string, index: number, eventId: string, keys: string[]): EventRecord {
  return makeEventRecord(docId, index, {
    eventId,
    keys,
    place: 'istanbul',
    placeName: 'Istanbul',
    label: 'talks in Istanbul',
  });
}

/** Event merging: candidates by shared key, a document's records replaced as a whole, in ingest order. */
export function describeEventsContract(context: ContractContext): void {
  describe('event records', () => {
    it('passes the records sharing a key, stores what resolve returns, and replaces a document’s records', async () => {
      const a = makeTestDocument(TEST_TEXTS.energy);
      const b = makeRichDocument();
      const c = makeTestDocument('A third text about nothing in particular.');
      await context.store.putDocuments([a, b, c]);
      await context.store.updateEvents([a.id], ['k1'], () => [record(a.id, 0, 'ev-a', ['k1'])]);
      await context.store.updateEvents([b.id], ['k2'], () => [record(b.id, 0, 'ev-b', ['k2', 'k3'])]);
      let seen: EventRecord[] = [];
      await context.store.updateEvents([c.id], ['k1', 'k3', 'k9'], (known) => {
        seen = known;
        return [record(c.id, 0, 'ev-a', ['k1']), record(c.id, 1, 'ev-c', [])];
      });
      expect(seen.map((r) => r.eventId)).toEqual(['ev-a', 'ev-b']);
      expect(
        (await context.store.listEventRecords()).map(
          (r) => `${r.docId === c.id ? 'c' : r.eventId}:${r.index}`,
        ),
      ).toEqual(['ev-a:0', 'ev-b:0', 'c:0', 'c:1']);
      let again: EventRecord[] = [];
      await context.store.updateEvents([c.id], ['k1'], (known) => {
        again = known;
        return [record(c.id, 0, 'ev-a', ['k1'])];
      });
      expect(again.map((r) => r.docId)).toEqual([a.id]);
      expect((await context.store.listEventRecords()).filter((r) => r.docId === c.id)).toHaveLength(1);
    });

    it('yields at most 100 records per key, the most recently stored', async () => {
      const a = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocuments([a]);
      const many = Array.from({ length: 105 }, (_, i) => record(a.id, i, `ev-${i}`, ['busy']));
      await context.store.updateEvents([a.id], [], () => many);
      let seen: EventRecord[] = [];
      await context.store.updateEvents([], ['busy'], (known) => {
        seen = known;
        return [];
      });
      expect(seen.map((r) => r.index)).toEqual(Array.from({ length: 100 }, (_, i) => i + 5));
    });

    it('leaves nothing behind when resolve throws', async () => {
      const a = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocuments([a]);
      await context.store.updateEvents([a.id], ['k1'], () => [record(a.id, 0, 'ev-a', ['k1'])]);
      await expect(
        context.store.updateEvents([a.id], ['k1'], () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow(/boom/);
      expect((await context.store.listEventRecords()).map((r) => r.eventId)).toEqual(['ev-a']);
    });
  });
}
