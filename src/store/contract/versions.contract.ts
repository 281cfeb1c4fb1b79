import { describe, expect, it } from 'vitest';
import type { Document, EventRecord } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { makeTestDocument } from '../test-documents.js';
import { makeEventRecord } from '../../corpus/test-event-records.js';

const URL_A = 'https://example.test/news/talks';

function record(docId: string): EventRecord {
  return makeEventRecord(docId, 0, { eventId: `ev-${docId}`, keys: ['k'] });
}

async function ids(docs: AsyncIterable<Document>): Promise<string[]> {
  const out: string[] = [];
  for await (const doc of docs) out.push(doc.id);
  return out;
}

/** Versions of one URL: the chain, idempotence, retractions, and the reads that leave retired ones out. */
export function describeVersionsContract(context: ContractContext): void {
  describe('document versions', () => {
    it('chains the texts of one URL, and a re-record changes nothing', async () => {
      const v1 = makeTestDocument('The talks are set for Monday in Geneva, officials said.');
      const v2 = makeTestDocument('The talks are now set for Tuesday in Geneva, officials said.');
      const other = makeTestDocument('An unrelated article about the weather.');
      await context.store.putDocuments([v1, v2, other]);
      const [first] = await context.store.recordVersions([{ docId: v1.id, url: URL_A, retraction: false }]);
      expect(first?.version).toEqual({
        docId: v1.id,
        url: URL_A,
        version: 1,
        supersedes: null,
        supersededBy: null,
        retractedBy: null,
      });
      const [second, none] = await context.store.recordVersions([
        { docId: v2.id, url: URL_A, retraction: false },
        { docId: other.id, url: null, retraction: false },
      ]);
      expect(second).toMatchObject({
        created: true,
        version: { version: 2, supersedes: v1.id, supersededBy: null },
      });
      expect(none).toBeNull();
      const again = await context.store.recordVersions([
        { docId: v1.id, url: URL_A, retraction: false },
        { docId: v2.id, url: URL_A, retraction: false },
      ]);
      expect(again.map((v) => [v?.version.version, v?.created])).toEqual([
        [1, false],
        [2, false],
      ]);
      const reopened = await context.fixture.reopen();
      const versions = await reopened.listVersions({ url: URL_A });
      expect(versions.map((v) => [v.docId, v.version, v.supersededBy])).toEqual([
        [v1.id, 1, v2.id],
        [v2.id, 2, null],
      ]);
      expect(await context.store.listVersions({ url: 'https://example.test/other' })).toEqual([]);
    });

    it('leaves retired documents out of the reads unless asked, and keeps them stored', async () => {
      const v1 = makeTestDocument('First text of the article at this address.');
      const v2 = makeTestDocument('Second, corrected text of the article at this address.');
      await context.store.putDocuments([v1, v2]);
      await context.store.updateEvents([v1.id], [], () => [record(v1.id)]);
      await context.store.updateEvents([v2.id], [], () => [record(v2.id)]);
      await context.store.indexSignature(
        { docId: v1.id, signature: [1], source: null, published: null },
        ['b'],
        () => null,
      );
      await context.store.indexSignature(
        { docId: v2.id, signature: [1], source: null, published: null },
        ['b'],
        () => ({ doc: v2.id, of: v1.id, similarity: 0.9, kind: 'near-duplicate' }),
      );
      const beforeVersions = await context.store.revision();
      await context.store.recordVersions([
        { docId: v1.id, url: URL_A, retraction: false },
        { docId: v2.id, url: URL_A, retraction: false },
      ]);
      // Retiring v1 changes what reports read without adding a document: the revision says so.
      expect(await context.store.revision()).not.toBe(beforeVersions);
      expect(await ids(context.store.exportAll())).toEqual([v2.id]);
      expect(await ids(context.store.exportAll({ retired: 'include' }))).toEqual([v1.id, v2.id]);
      expect(await ids(context.store.exportAll({ retired: 'only' }))).toEqual([v1.id]);
      expect((await context.store.listEventRecords()).map((r) => r.docId)).toEqual([v2.id]);
      expect((await context.store.listEventRecords({ retired: 'include' })).map((r) => r.docId)).toEqual([
        v1.id,
        v2.id,
      ]);
      expect(await context.store.listDuplicates()).toEqual([]);
      expect(await context.store.listDuplicates({ retired: 'include' })).toHaveLength(1);
      expect(await context.store.getDocument(v1.id)).not.toBeNull();
      expect(await context.store.countDocuments()).toBe(2);
      // Search: both texts hold "article"; only the current one is found unless asked.
      expect((await context.store.search('article')).map((hit) => hit.id)).toEqual([v2.id]);
      expect((await context.store.search('article', { retired: 'only' })).map((hit) => hit.id)).toEqual([
        v1.id,
      ]);
      expect(
        (await context.store.search('article', { retired: 'include' })).map((hit) => hit.id).sort(),
      ).toEqual([v1.id, v2.id].sort());
    });

    it('marks a retraction notice and every earlier version of its URL retracted, once', async () => {
      const v1 = makeTestDocument('The article as first published.');
      const notice = makeTestDocument('This article has been retracted.');
      const file = makeTestDocument('Editor’s note: this story was withdrawn.');
      await context.store.putDocuments([v1, notice, file]);
      await context.store.recordVersions([{ docId: v1.id, url: URL_A, retraction: false }]);
      const [marked, alone] = await context.store.recordVersions([
        { docId: notice.id, url: URL_A, retraction: true },
        { docId: file.id, url: null, retraction: true },
      ]);
      expect(marked).toMatchObject({ version: { version: 2, supersedes: v1.id, retractedBy: notice.id } });
      expect(marked?.retracted).toEqual([v1.id, notice.id]);
      expect(alone?.version).toEqual({
        docId: file.id,
        url: null,
        version: 1,
        supersedes: null,
        supersededBy: null,
        retractedBy: file.id,
      });
      const all = await context.store.listVersions();
      expect(all.map((v) => [v.docId, v.retractedBy])).toEqual([
        [v1.id, notice.id],
        [notice.id, notice.id],
        [file.id, file.id],
      ]);
      expect(await ids(context.store.exportAll())).toEqual([]);
      const twice = await context.store.recordVersions([{ docId: notice.id, url: URL_A, retraction: true }]);
      expect(twice[0]).toMatchObject({ created: false, retracted: [] });
    });

    it('refuses a version of a document that is not stored, and records none of the batch', async () => {
      const v1 = makeTestDocument('A stored article.');
      await context.store.putDocument(v1);
      const failure = await context.store
        .recordVersions([
          { docId: v1.id, url: URL_A, retraction: false },
          { docId: 'doc-missing', url: URL_A, retraction: false },
        ])
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(await context.store.listVersions()).toEqual([]);
    });
  });
}
