import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument, withoutTransientLayers } from '../test-documents.js';

/** What survives closing and reopening, and what migrating again does (nothing). */
export function describePersistenceContract(context: ContractContext): void {
  describe('persistence and migrations', () => {
    it('keeps everything across a close and a reopen', async () => {
      const rich = makeRichDocument();
      const other = makeTestDocument(TEST_TEXTS.sanctions);
      await context.store.putDocuments([rich, other]);
      const listed = await context.store.listDocuments();
      await context.store.close();
      const reopened = await context.fixture.reopen();
      expect(await reopened.getDocument(rich.id)).toEqual(withoutTransientLayers(rich));
      expect(await reopened.countDocuments()).toBe(2);
      expect(await reopened.listDocuments()).toEqual(listed);
      expect((await reopened.search('grain')).map((hit) => hit.id)).toEqual([other.id]);
      expect((await reopened.putDocument(other)).status).toBe('duplicate');
    });

    it('migrates idempotently: migrate again, open the same database twice', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocument(doc);
      await context.store.migrate();
      await context.store.migrate();
      const second = await context.fixture.reopen();
      const third = await context.fixture.reopen();
      await third.migrate();
      for (const store of [context.store, second, third]) {
        expect(await store.getDocument(doc.id)).toEqual(doc);
      }
    });

    it('shows a write through one open store to another open on the same database', async () => {
      const other = await context.fixture.reopen();
      const doc = makeTestDocument(TEST_TEXTS.guarantees);
      await context.store.putDocument(doc);
      expect(await other.findByContentHash(doc.contentHash)).toBe(doc.id);
      expect((await other.putDocument(doc)).status).toBe('duplicate');
    });

    it('closes twice without harm and refuses use after close', async () => {
      await context.store.close();
      await context.store.close();
      const failure = await context.store.countDocuments().catch((error: unknown) => error);
      expect(isParleyError(failure, 'E_STORE')).toBe(true);
    });
  });
}
