import { describe, expect, it } from 'vitest';
import type { CorpusAnchor } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument } from '../test-documents.js';

/** Learned anchors, undated documents, and re-dating a stored document without touching its text. */
export function describeCorpusDatingContract(context: ContractContext): void {
  describe('corpus dating', () => {
    it('stores learned anchors once and lists them in id order', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocument(doc);
      const anchor = (n: number): CorpusAnchor => ({
        id: `${doc.id}:${n}`,
        label: 'summit Riga',
        date: '2025-03-04',
        cues: ['summit Riga', 'Riga summit'],
        doc: doc.id,
        span: { start: n, end: n + 10 },
      });
      await context.store.putAnchors([anchor(9), anchor(1)]);
      await context.store.putAnchors([{ ...anchor(1), date: '2030-01-01' }]);
      expect(await context.store.listAnchors()).toEqual([anchor(1), anchor(9)]);
    });

    it('lists the undated documents and re-dates one, keeping its text and locations', async () => {
      const undated = makeTestDocument(TEST_TEXTS.energy);
      const dated = makeRichDocument();
      await context.store.putDocuments([undated, dated]);
      expect(await context.store.listUndatedDocumentIds()).toEqual([undated.id]);
      const published = {
        value: '2025-03-06',
        precision: 'month' as const,
        basis: 'inferred' as const,
        range: { from: '2025-03-05', to: '2025-03-10' },
      };
      const times = [
        { span: { start: 0, end: 4 }, type: 'DATE' as const, value: '2025-03-05', stated: [], matcher: 'm' },
      ];
      const redated = {
        ...undated,
        published,
        layers: { ...undated.layers, times },
        producers: { times: 'times@1' },
      };
      expect(await context.store.replaceAnalysis(redated)).toBe(true);
      const stored = await context.store.getDocument(undated.id);
      expect(stored?.published).toEqual(published);
      expect(stored?.layers.times).toEqual(times);
      expect(stored?.text).toBe(undated.text);
      expect(stored?.locations).toEqual(undated.locations);
      expect(await context.store.listUndatedDocumentIds()).toEqual([]);
    });

    it('re-dates nothing that is not stored', async () => {
      expect(await context.store.replaceAnalysis(makeTestDocument('never stored'))).toBe(false);
    });
  });
}
