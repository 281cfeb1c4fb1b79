import { describe, expect, it } from 'vitest';
import type { StoredSignature } from '../../model/index.js';
import { MAX_BUCKET_MEMBERS } from '../sqlite/corpus-rows.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeRichDocument, makeTestDocument } from '../test-documents.js';

/** LSH index: candidates by shared band key, in ingest order; one link per document; idempotent. */
export function describeNearDuplicatesContract(context: ContractContext): void {
  describe('near-duplicate index', () => {
    it('passes the earlier documents sharing a key, stores the link, and indexes once', async () => {
      const first = makeTestDocument(TEST_TEXTS.energy);
      const second = makeRichDocument();
      const third = makeTestDocument('A third text, unrelated.');
      await context.store.putDocuments([first, second, third]);
      const sig = (docId: string, source: string | null): StoredSignature => ({
        docId,
        signature: [1, 2, 3],
        source,
        published: '2025-03-04',
      });
      expect(await context.store.indexSignature(sig(first.id, 'A'), ['0:aa', '1:bb'], () => null)).toBeNull();
      expect(
        await context.store.indexSignature(sig(second.id, null), ['0:zz', '1:yy'], () => null),
      ).toBeNull();
      let seen: StoredSignature[] = [];
      const link = await context.store.indexSignature(sig(third.id, 'B'), ['1:bb', '2:cc'], (candidates) => {
        seen = candidates;
        return { doc: third.id, of: first.id, similarity: 0.91, kind: 'syndicated' };
      });
      expect(seen).toEqual([sig(first.id, 'A')]);
      expect(link).toEqual({ doc: third.id, of: first.id, similarity: 0.91, kind: 'syndicated' });
      let called = false;
      expect(
        await context.store.indexSignature(sig(third.id, 'B'), ['1:bb'], () => {
          called = true;
          return null;
        }),
      ).toBeNull();
      expect(called).toBe(false);
      expect(await context.store.listDuplicates()).toEqual([link]);
    });

    it('indexes a batch in order, each document seeing the ones before it', async () => {
      const a = makeTestDocument(TEST_TEXTS.energy);
      const b = makeTestDocument('Another text for the batch.');
      await context.store.putDocuments([a, b]);
      const item = (docId: string) => ({
        signature: { docId, signature: [7], source: null, published: null },
        keys: ['0:same'],
      });
      const seen: string[][] = [];
      const links = await context.store.indexSignatures([item(a.id), item(b.id)], (sig, candidates) => {
        seen.push(candidates.map((c) => c.docId));
        return candidates[0]
          ? { doc: sig.docId, of: candidates[0].docId, similarity: 1, kind: 'near-duplicate' }
          : null;
      });
      expect(seen).toEqual([[], [a.id]]);
      expect(links).toEqual([{ doc: b.id, of: a.id, similarity: 1, kind: 'near-duplicate' }]);
    });

    it('ranks stored and earlier batch documents together, in ingest order, with the copies taken', async () => {
      const [s1, s2, b1, b2] = [
        makeTestDocument(TEST_TEXTS.energy),
        makeTestDocument('A stored near copy.'),
        makeTestDocument('The first of the batch.'),
        makeTestDocument('The second of the batch.'),
      ] as const;
      await context.store.putDocuments([s1, s2, b1, b2]);
      const item = (docId: string, keys: string[]) => ({
        signature: { docId, signature: [3], source: null, published: null },
        keys,
      });
      const linkTo = (doc: string, of: string) => ({
        doc,
        of,
        similarity: 0.9,
        kind: 'near-duplicate' as const,
      });
      await context.store.indexSignatures([item(s1.id, ['0:k1']), item(s2.id, ['0:k1', '1:k2'])], (sig, c) =>
        c[0] ? linkTo(sig.docId, c[0].docId) : null,
      );
      const seen: Array<{ candidates: string[]; taken: string[] }> = [];
      const links = await context.store.indexSignatures(
        [item(b1.id, ['0:k1', '1:k2', '2:k3']), item(b2.id, ['1:k2', '2:k3']), item(b1.id, ['0:k1'])],
        (sig, candidates, taken) => {
          seen.push({ candidates: candidates.map((c) => c.docId), taken: [...taken].sort() });
          return linkTo(sig.docId, candidates[0]!.docId);
        },
      );
      expect(seen).toEqual([
        { candidates: [s1.id, s2.id], taken: [s2.id] },
        { candidates: [s2.id, b1.id], taken: [b1.id, s2.id].sort() },
      ]);
      expect(links).toEqual([linkTo(b1.id, s1.id), linkTo(b2.id, s2.id)]);
      expect(await context.store.listDuplicates()).toEqual([
        linkTo(s2.id, s1.id),
        linkTo(b1.id, s1.id),
        linkTo(b2.id, s2.id),
      ]);
    });

    it('keeps a bucket to its first MAX_BUCKET_MEMBERS articles, in a batch as one by one', async () => {
      const docs = Array.from({ length: MAX_BUCKET_MEMBERS + 4 }, (_, i) =>
        makeTestDocument(`Bucket text number ${i}, about the same talks.`),
      );
      await context.store.putDocuments(docs);
      const ids = docs.map((doc) => doc.id);
      // Every article shares the key "0:full"; the last two also share "1:late" with each other.
      const item = (i: number) => ({
        signature: { docId: ids[i]!, signature: [5], source: null, published: null },
        keys: i >= MAX_BUCKET_MEMBERS + 2 ? ['0:full', '1:late'] : ['0:full', `1:own-${i}`],
      });
      const seen: string[][] = [];
      const record = (_: StoredSignature, candidates: StoredSignature[]) => {
        seen.push(candidates.map((c) => c.docId));
        return null;
      };
      // The bucket fills inside the second batch; the third article after it comes one by one.
      const firstBatch = MAX_BUCKET_MEMBERS - 2;
      await context.store.indexSignatures(
        Array.from({ length: firstBatch }, (_, i) => item(i)),
        record,
      );
      await context.store.indexSignatures(
        Array.from({ length: 5 }, (_, i) => item(firstBatch + i)),
        record,
      );
      await context.store.indexSignature(item(firstBatch + 5).signature, item(firstBatch + 5).keys, (c) =>
        record(item(firstBatch + 5).signature, c),
      );
      expect(seen).toHaveLength(ids.length);
      seen.forEach((candidates, i) => {
        const members = ids.slice(0, Math.min(i, MAX_BUCKET_MEMBERS));
        // The last article also meets the one before it through "1:late", though that one found "0:full" full.
        const expected = i === ids.length - 1 ? [...members, ids[i - 1]!] : members;
        expect(candidates, `article ${i}`).toEqual(expected);
      });
    });

    it('stores nothing when deciding fails', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocument(doc);
      await expect(
        context.store.indexSignature(
          { docId: doc.id, signature: [1], source: null, published: null },
          ['0:aa'],
          () => {
            throw new Error('decide failed');
          },
        ),
      ).rejects.toThrow(/decide failed/);
      let candidates: StoredSignature[] = [{ docId: 'x', signature: [], source: null, published: null }];
      await context.store.indexSignature(
        { docId: doc.id, signature: [1], source: null, published: null },
        ['0:aa'],
        (found) => {
          candidates = found;
          return null;
        },
      );
      expect(candidates).toEqual([]);
    });
  });
}
