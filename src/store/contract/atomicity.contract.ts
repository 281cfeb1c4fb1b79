import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { Document, Location } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import type { Store } from '../store.js';
import { TEST_TEXTS, fileLocation, makeTestDocument, withThrowingLayer } from '../test-documents.js';

/** A location no backend accepts: the kind is checked by a constraint, written after the document row. */
const BAD_LOCATION = { kind: 'ftp', ref: 'ftp://nowhere/a' } as unknown as Location;

async function expectStoreFailure(promise: Promise<unknown>): Promise<Error> {
  const failure = await promise.then(
    () => new Error('expected the put to fail'),
    (error: unknown) => error,
  );
  expect(isParleyError(failure, 'E_STORE'), String(failure)).toBe(true);
  return failure as Error;
}

async function expectAbsent(store: Store, doc: Document, word: string): Promise<void> {
  expect(await store.getDocument(doc.id)).toBeNull();
  expect(await store.findByContentHash(doc.contentHash)).toBeNull();
  expect(await store.search(word)).toEqual([]);
  expect((await store.listDocuments()).map((summary) => summary.id)).not.toContain(doc.id);
}

/** A failed write leaves no trace of the document, and the store keeps working. */
export function describeAtomicityContract(context: ContractContext): void {
  describe('atomic writes', () => {
    const kept = makeTestDocument(TEST_TEXTS.energy);
    // "Kessel" appears only in this text, so a leftover full-text entry would show in a search.
    const victim = makeTestDocument(TEST_TEXTS.prisoners);

    it('rolls back a document whose location violates a constraint', async () => {
      await context.store.putDocument(kept);
      await expectStoreFailure(
        context.store.putDocument({ ...victim, locations: [fileLocation('ok.txt'), BAD_LOCATION] }),
      );
      await expectAbsent(context.store, victim, 'Kessel');
      expect(await context.store.countDocuments()).toBe(1);
      expect((await context.store.putDocument(victim)).status).toBe('inserted');
      expect((await context.store.search('Kessel')).map((hit) => hit.id)).toEqual([victim.id]);
    });

    it('rolls back a document whose layer throws while being serialised', async () => {
      await expectStoreFailure(context.store.putDocument(withThrowingLayer(victim)));
      await expectAbsent(context.store, victim, 'Kessel');
      expect(await context.store.countDocuments()).toBe(0);
      expect((await context.store.putDocument(victim)).status).toBe('inserted');
    });

    it('keeps a stored document unchanged when adding a location to it fails', async () => {
      await context.store.putDocument(kept);
      await expectStoreFailure(
        context.store.putDocument({ ...kept, locations: [fileLocation('new.txt'), BAD_LOCATION] }),
      );
      expect((await context.store.getDocument(kept.id))?.locations).toEqual(kept.locations);
    });

    it('stores none of a batch when one document fails, and names that document', async () => {
      await context.store.putDocument(kept);
      const first = makeTestDocument(TEST_TEXTS.sanctions);
      const batch = [
        first,
        { ...victim, locations: [BAD_LOCATION] },
        makeTestDocument(TEST_TEXTS.guarantees),
      ];
      const failure = await expectStoreFailure(context.store.putDocuments(batch));
      expect(failure.message).toContain(victim.id);
      for (const doc of batch) expect(await context.store.getDocument(doc.id)).toBeNull();
      await expectAbsent(context.store, first, 'grain');
      expect(await context.store.countDocuments()).toBe(1);
      expect(await context.store.putDocuments([first])).toEqual([{ id: first.id, status: 'inserted' }]);
    });
  });
}
