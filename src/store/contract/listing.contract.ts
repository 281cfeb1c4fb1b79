import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { Document, LayerName } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument, withoutTransientLayers } from '../test-documents.js';

function numbered(count: number): Document[] {
  return Array.from({ length: count }, (_, i) =>
    makeTestDocument(`Bulletin ${i}\nRound ${i} of the talks ended.`),
  );
}

/** Listing, counting and export: ingest order, stable pages, summaries without the text. */
export function describeListingContract(context: ContractContext): void {
  describe('listing and export', () => {
    it('lists in ingest order and pages without gaps or repeats', async () => {
      const docs = numbered(7);
      await context.store.putDocuments(docs.slice(0, 3));
      for (const doc of docs.slice(3)) await context.store.putDocument(doc);
      const expected = docs.map((doc) => doc.id);
      expect((await context.store.listDocuments()).map((summary) => summary.id)).toEqual(expected);
      const paged: string[] = [];
      for (let offset = 0; offset < 9; offset += 2) {
        paged.push(...(await context.store.listDocuments({ limit: 2, offset })).map((summary) => summary.id));
      }
      expect(paged).toEqual(expected);
      expect(await context.store.listDocuments({ offset: 7 })).toEqual([]);
      expect(await context.store.countDocuments()).toBe(7);
    });

    it('keeps a document in its place when a later put adds a location to it', async () => {
      const [first, second] = numbered(2) as [Document, Document];
      await context.store.putDocuments([first, second]);
      await context.store.putDocument({
        ...first,
        locations: [{ kind: 'url', ref: 'https://news.example/x' }],
      });
      expect((await context.store.listDocuments()).map((summary) => summary.id)).toEqual([
        first.id,
        second.id,
      ]);
    });

    it('summarises a document without its text', async () => {
      const rich = makeRichDocument();
      const dove = makeTestDocument(TEST_TEXTS.prisoners, { locations: [] });
      await context.store.putDocuments([rich, dove]);
      const [summary, bare] = await context.store.listDocuments();
      expect(summary).toEqual({
        id: rich.id,
        title: 'Ceasefire talks resume in Genève',
        sourceName: 'Example News',
        published: { value: '2025-03-04', precision: 'day', basis: 'metadata' },
        format: 'html',
        firstLocation: { kind: 'url', ref: 'https://news.example/a/1' },
        signalCount: 2,
        textLength: rich.text.length,
      });
      expect(bare).toMatchObject({ sourceName: null, firstLocation: null, signalCount: 0 });
      // UTF-16 code units, as spans count: the dove emoji is 3 units but 2 code points.
      expect(bare?.textLength).toBe(TEST_TEXTS.prisoners.length);
      expect(bare?.textLength).not.toBe([...TEST_TEXTS.prisoners].length);
    });

    it.each([[{ limit: -1 }], [{ limit: 1.5 }], [{ offset: Number.NaN }], [{ offset: -3 }]])(
      'refuses the page %j with E_USAGE',
      async (options) => {
        const failure = await context.store.listDocuments(options).catch((error: unknown) => error);
        expect(isParleyError(failure, 'E_USAGE')).toBe(true);
      },
    );

    it('exports every document in ingest order, across several pages', async () => {
      const docs = [makeRichDocument(), ...numbered(450)];
      await context.store.putDocuments(docs);
      const exported: Document[] = [];
      for await (const doc of context.store.exportAll()) exported.push(doc);
      expect(exported.map((doc) => doc.id)).toEqual(docs.map((doc) => doc.id));
      expect(exported[0]).toEqual(withoutTransientLayers(docs[0] as Document));
      expect(exported[450]).toEqual(docs[450]);
    });

    it('exports only the layers asked for, with the rest of each document whole', async () => {
      const rich = makeRichDocument();
      await context.store.putDocuments([rich]);
      const kept = Object.keys(rich.layers).filter((name) => name !== 'tokens') as LayerName[];
      expect(kept.length).toBeGreaterThan(2);
      const [first, second] = kept as [LayerName, LayerName];
      const exported: Document[] = [];
      for await (const doc of context.store.exportAll({ layers: [first, second] })) exported.push(doc);
      const full = withoutTransientLayers(rich);
      const producers = Object.fromEntries(
        Object.entries(full.producers).filter(([name]) => name === first || name === second),
      );
      expect(exported).toEqual([
        { ...full, layers: { [first]: full.layers[first], [second]: full.layers[second] }, producers },
      ]);
      const none: Document[] = [];
      for await (const doc of context.store.exportAll({ layers: [] })) none.push(doc);
      expect(none.map((doc) => [doc.layers, doc.producers])).toEqual([[{}, {}]]);
      expect(none[0]?.text).toBe(rich.text);
    });

    it('exports nothing from an empty store', async () => {
      for await (const doc of context.store.exportAll()) throw new Error(`unexpected ${doc.id}`);
      expect(await context.store.countDocuments()).toBe(0);
    });
  });
}
