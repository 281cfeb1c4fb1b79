import { describe, expect, it } from 'vitest';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, fileLocation, makeTestDocument } from '../test-documents.js';

/** The content hash is the identity: the same text twice is one document with every location it came from. */
export function describeIdempotencyContract(context: ContractContext): void {
  describe('idempotent puts', () => {
    const a = fileLocation('in/a.txt');
    const b = { kind: 'url', ref: 'https://news.example/b' } as const;
    const c = fileLocation('in/c.jsonl', 4);

    it('stores the same document once and reports the re-put as a duplicate', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy, { locations: [a] });
      const empty = await context.store.revision();
      expect(await context.store.putDocument(doc)).toEqual({ id: doc.id, status: 'inserted' });
      const stored = await context.store.revision();
      expect(stored).not.toBe(empty);
      expect(await context.store.putDocument(doc)).toEqual({ id: doc.id, status: 'duplicate' });
      expect(await context.store.countDocuments()).toBe(1);
      expect(await context.store.revision()).toBe(stored);
    });

    it('adds a second location for the same text and keeps both, first seen first', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy, { locations: [a] });
      await context.store.putDocument(doc);
      const again = { ...doc, locations: [b] };
      expect(await context.store.putDocument(again)).toEqual({ id: doc.id, status: 'new-location' });
      expect(await context.store.putDocument(again)).toEqual({ id: doc.id, status: 'duplicate' });
      expect(await context.store.putDocument({ ...doc, locations: [b, c, a, c] })).toEqual({
        id: doc.id,
        status: 'new-location',
      });
      expect((await context.store.getDocument(doc.id))?.locations).toEqual([a, b, c]);
      expect(await context.store.countDocuments()).toBe(1);
    });

    it('tells a line or item apart: the same file at another line is another location', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy, { locations: [fileLocation('in/c.jsonl')] });
      await context.store.putDocument(doc);
      expect((await context.store.putDocument({ ...doc, locations: [c] })).status).toBe('new-location');
      expect((await context.store.getDocument(doc.id))?.locations).toEqual([fileLocation('in/c.jsonl'), c]);
    });

    it('records each location once even when a put lists it twice', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy, { locations: [a, b, a] });
      await context.store.putDocument(doc);
      expect((await context.store.getDocument(doc.id))?.locations).toEqual([a, b]);
    });

    it('answers a re-put under another id with the id already stored', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy, { locations: [a] });
      await context.store.putDocument(doc);
      const renamed = { ...doc, id: 'doc-other', locations: [b] };
      expect(await context.store.putDocument(renamed)).toEqual({ id: doc.id, status: 'new-location' });
      expect(await context.store.getDocument('doc-other')).toBeNull();
    });

    it('applies the same rules inside a batch, including repeats within it', async () => {
      const x = makeTestDocument(TEST_TEXTS.energy, { locations: [a] });
      const y = makeTestDocument(TEST_TEXTS.sanctions, { locations: [a] });
      const results = await context.store.putDocuments([x, y, { ...x, locations: [b] }, y]);
      expect(results).toEqual([
        { id: x.id, status: 'inserted' },
        { id: y.id, status: 'inserted' },
        { id: x.id, status: 'new-location' },
        { id: y.id, status: 'duplicate' },
      ]);
      expect(await context.store.countDocuments()).toBe(2);
      expect(await context.store.putDocuments([])).toEqual([]);
    });
  });
}
