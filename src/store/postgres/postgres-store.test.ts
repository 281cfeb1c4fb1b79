import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store.contract.js';
import type { Store } from '../store.js';
import { TEST_TEXTS, makeTestDocument } from '../test-documents.js';
import { ANALYZE_FIRST_AT, openPostgresStore } from './postgres-store.js';
import { adminQuery, probeTestPostgres, testPostgresFixture } from './test-postgres-fixture.js';
import type { PostgresFixture } from './test-postgres-fixture.js';

const server = await probeTestPostgres();

if (server.available) {
  describeStoreContract('PostgreSQL', testPostgresFixture);
} else {
  describe.skip(`Store contract: PostgreSQL (${server.reason})`, () => {
    it('needs the server', () => undefined);
  });
}

describe.skipIf(!server.available)('PostgresStore on a server', () => {
  let fixture: PostgresFixture;
  const inSchema = (query: string) => adminQuery(`set search_path = ${fixture.schema}; ${query}`);
  const rowsOf = async (query: string) => {
    const results = await inSchema(query);
    return (Array.isArray(results) ? results.at(-1) : results).rows as unknown[];
  };

  beforeEach(async () => {
    fixture = await testPostgresFixture();
  });
  afterEach(async () => {
    await fixture.cleanup();
  });

  it('vacuums its tables and refreshes their planner statistics once it has stored ANALYZE_FIRST_AT documents, not before', async () => {
    const analysed = async () =>
      (await rowsOf(
        `select count(last_analyze) as n, count(last_vacuum) as v from pg_stat_user_tables where schemaname = '${fixture.schema}'`,
      )) as Array<{ n: string; v: string }>;
    const docs = Array.from({ length: ANALYZE_FIRST_AT }, (_, i) =>
      makeTestDocument(`Envoys met for round ${i} of the talks on grain and prisoners.`),
    );
    await fixture.store.putDocuments(docs.slice(0, 10));
    expect(await analysed()).toEqual([{ n: '0', v: '0' }]);
    await fixture.store.putDocuments(docs.slice(10));
    const [after] = await analysed();
    expect(Number(after!.n)).toBeGreaterThan(5);
    expect(Number(after!.v)).toBe(Number(after!.n));
  });

  it('records each migration once, the same versions as SQLite', async () => {
    expect(await rowsOf('select version, name from schema_migrations order by version')).toEqual([
      { version: 1, name: 'documents' },
      { version: 2, name: 'full-text-search' },
      { version: 3, name: 'actors' },
      { version: 4, name: 'published-detail' },
      { version: 5, name: 'corpus-anchors' },
      { version: 6, name: 'near-duplicates' },
      { version: 7, name: 'event-records' },
      { version: 8, name: 'feeds' },
      { version: 9, name: 'decisions' },
      { version: 10, name: 'document-versions' },
    ]);
  });

  it('applies each migration once when several stores migrate a fresh schema at once', async () => {
    await adminQuery(`drop schema ${fixture.schema} cascade`);
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(fixture.url)));
    try {
      expect(
        await rowsOf(
          'select count(*)::int as n, count(distinct version)::int as versions from schema_migrations',
        ),
      ).toEqual([{ n: 10, versions: 10 }]);
      const doc = makeTestDocument(TEST_TEXTS.energy);
      expect((await stores[0]!.putDocument(doc)).status).toBe('inserted');
      expect(await stores[3]!.findByContentHash(doc.contentHash)).toBe(doc.id);
    } finally {
      for (const store of stores) await store.close();
    }
  });

  it.each([
    ['in the same order', false],
    ['in opposite orders (a deadlock is retried)', true],
  ])(
    'stores each document once when two stores put a batch at the same moment, %s',
    async (_label, reverse) => {
      const other = await fixture.reopen();
      const docs = Object.values(TEST_TEXTS).map((text) => makeTestDocument(text));
      const elsewhere = docs.map((doc) => ({
        ...doc,
        locations: [{ kind: 'url' as const, ref: `https://x.example/${doc.id}` }],
      }));
      const [first, second] = await Promise.all([
        fixture.store.putDocuments(docs),
        other.putDocuments(reverse ? [...elsewhere].reverse() : elsewhere),
      ]);
      if (reverse) second.reverse();
      for (const [index, doc] of docs.entries()) {
        expect([first[index]?.status, second[index]?.status].sort()).toEqual(['inserted', 'new-location']);
        expect((await fixture.store.getDocument(doc.id))?.locations).toHaveLength(2);
      }
      expect(await rowsOf('select count(*)::int as n from documents')).toEqual([{ n: docs.length }]);
      expect(await rowsOf('select count(*)::int as n from documents_search')).toEqual([{ n: docs.length }]);
    },
  );

  it('serialises actor resolution across stores, so two steps never both create one actor', async () => {
    const other = await fixture.reopen();
    const step = (store: Store) =>
      store.updateActors(['person:berg'], (known) => ({
        actors:
          known.length > 0
            ? []
            : [
                {
                  id: `act_${Math.random().toString(36).slice(2)}`,
                  kind: 'person',
                  name: 'Anna Berg',
                  packActor: null,
                  keys: ['person:berg'],
                },
              ],
        links: [],
      }));
    await Promise.all([step(fixture.store), step(other), step(fixture.store), step(other)]);
    expect(await fixture.store.listActors()).toHaveLength(1);
  });

  it('keeps the search vectors under a GIN index that the planner uses', async () => {
    expect(
      await rowsOf(
        `select indexdef from pg_indexes where schemaname = current_schema() and indexname = 'documents_search_vector'`,
      ),
    ).toEqual([{ indexdef: expect.stringContaining('USING gin (vector)') as unknown }]);
    await fixture.store.putDocuments(Object.values(TEST_TEXTS).map((text) => makeTestDocument(text)));
    const plan = await rowsOf(
      `set enable_seqscan = off; explain select seq from documents_search where vector @@ phraseto_tsquery('parley_search', 'kessel')`,
    );
    expect(JSON.stringify(plan)).toContain('documents_search_vector');
  });

  it('keeps a NUL and the escape character itself exactly, and still searches around them', async () => {
    const text = 'Envoys met\u0000in Riga \uFDEF0 and \uFDEF\uFDEF then \u0000\uFDEF left';
    const doc = makeTestDocument(text, { locations: [{ kind: 'file', ref: 'a\u0000b.txt' }] });
    await fixture.store.putDocument(doc);
    expect(await fixture.store.getDocument(doc.id)).toEqual(doc);
    expect((await fixture.store.search('riga')).map((hit) => hit.id)).toEqual([doc.id]);
  });

  it('refuses a database written by a newer schema', async () => {
    await inSchema(`insert into schema_migrations (version, name) values (99, 'from-the-future')`);
    const failure = await fixture.reopen().catch((error: unknown) => error);
    expect((failure as Error).message).toContain('schema version 99');
  });
});
