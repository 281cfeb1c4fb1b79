import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument, withoutTransientLayers } from '../test-documents.js';

/** Put then get gives back the same document, field for field, minus transient layers. */
export function describeRoundTripContract(context: ContractContext): void {
  describe('round trip', () => {
    it('gives back every field of a full document, minus transient layers', async () => {
      const doc = makeRichDocument();
      expect(await context.store.putDocument(doc)).toEqual({ id: doc.id, status: 'inserted' });
      const stored = await context.store.getDocument(doc.id);
      expect(stored).toEqual(withoutTransientLayers(doc));
      expect(stored?.layers).not.toHaveProperty('tokens');
      expect(stored?.producers).not.toHaveProperty('tokens');
      expect(stored?.layers.mentions).toEqual(doc.layers.mentions);
    });

    it('keeps an inferred date with its range, evidence and reason, in the document and its summary', async () => {
      const published = {
        value: '2025-02-10',
        precision: 'month' as const,
        basis: 'inferred' as const,
        range: { from: '2025-02-08', to: '2025-02-13' },
        evidence: [
          {
            span: { start: 0, end: 4 },
            reason: '"later this week" with the forum (2025-02-14)',
            basis: 'pack' as const,
            range: { from: '2025-02-08', to: '2025-02-13' },
          },
        ],
        reason: 'set aside as conflicting: one cue',
      };
      const doc = { ...makeTestDocument(TEST_TEXTS.energy), published };
      await context.store.putDocument(doc);
      expect((await context.store.getDocument(doc.id))?.published).toEqual(published);
      expect((await context.store.listDocuments())[0]?.published).toEqual(published);
    });

    it('keeps a minimal document: no title, no locations, unknown date', async () => {
      const doc = makeTestDocument('one line, no title', { locations: [] });
      expect(doc.title).toBeNull();
      await context.store.putDocument(doc);
      expect(await context.store.getDocument(doc.id)).toEqual(doc);
    });

    it('keeps a title that came only from metadata, and searches it', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy, { title: { text: 'Pipeline impasse', span: null } });
      await context.store.putDocument(doc);
      expect(await context.store.getDocument(doc.id)).toEqual(doc);
      expect((await context.store.search('impasse')).map((hit) => hit.title)).toEqual(['Pipeline impasse']);
    });

    it('keeps text exactly: astral characters, CRLF, NUL, quotes, backslashes', async () => {
      const text = 'Line one 🕊️ “quoted”\r\nTab\there \u0000 back\\slash \'single\' "double" \u202Ertl';
      const doc = makeTestDocument(text);
      await context.store.putDocument(doc);
      const stored = await context.store.getDocument(doc.id);
      expect(stored?.text).toBe(text);
      expect(stored?.text.length).toBe(text.length);
    });

    it('refuses a lone surrogate rather than store an altered text', async () => {
      const doc = makeTestDocument('broken \uD83D pair');
      const failure = await context.store.putDocument(doc).catch((error: unknown) => error);
      expect(isParleyError(failure, 'E_STORE')).toBe(true);
      expect(await context.store.getDocument(doc.id)).toBeNull();
    });

    it('finds a document by content hash, and returns null for unknown ids and hashes', async () => {
      const doc = makeTestDocument(TEST_TEXTS.sanctions);
      await context.store.putDocument(doc);
      expect(await context.store.findByContentHash(doc.contentHash)).toBe(doc.id);
      expect(await context.store.findByContentHash('0'.repeat(64))).toBeNull();
      expect(await context.store.getDocument('doc-missing')).toBeNull();
    });
  });
}
