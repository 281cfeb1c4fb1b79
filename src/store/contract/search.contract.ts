import { beforeEach, describe, expect, it } from 'vitest';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeTestDocument } from '../test-documents.js';

const docs = Object.fromEntries(
  Object.entries(TEST_TEXTS).map(([name, text]) => [name, makeTestDocument(text)]),
) as Record<keyof typeof TEST_TEXTS, ReturnType<typeof makeTestDocument>>;

/** A deterministic 10,000-character query of words, operators, quotes and symbols. */
function hostileLongQuery(): string {
  const pieces = [
    '"',
    'AND',
    'OR',
    'NOT',
    '*',
    '-',
    '(',
    ')',
    'NEAR(',
    '^',
    ':',
    '🕊️',
    "O'Brien",
    'ceasefire',
  ];
  let query = '';
  for (let i = 0; query.length < 10_000; i++)
    query += `${pieces[i % pieces.length]}${i % 3 === 0 ? '' : ' '}`;
  return query.slice(0, 10_000);
}

/** Full-text search: plain words, all must match, case and diacritics folded, hostile input harmless. */
export function describeSearchContract(context: ContractContext): void {
  describe('search', () => {
    const ids = async (query: string) => (await context.store.search(query)).map((hit) => hit.id);

    beforeEach(async () => {
      // Reverse ingest order, so ranking by relevance and listing by ingest order disagree.
      await context.store.putDocuments(Object.values(docs).reverse());
    });

    it('finds words whatever their case and diacritics', async () => {
      expect(await ids('geneve')).toEqual([docs.ceasefire.id]);
      expect(await ids('GENÈVE')).toEqual([docs.ceasefire.id]);
      expect(await ids('valdoria')).toEqual(expect.arrayContaining([docs.ceasefire.id, docs.energy.id]));
      expect(await ids('nowhere-to-be-found')).toEqual([]);
    });

    it('requires every word to match', async () => {
      expect(new Set(await ids('ceasefire'))).toEqual(new Set([docs.ceasefire.id, docs.prisoners.id]));
      expect(await ids('ceasefire valdoria')).toEqual([docs.ceasefire.id]);
      expect(await ids('ceasefire pipeline')).toEqual([]);
    });

    it('ranks a title match first and returns the best hits first, up to the limit', async () => {
      const hits = await context.store.search('ceasefire');
      expect(hits.map((hit) => hit.id)).toEqual([docs.ceasefire.id, docs.prisoners.id]);
      expect(hits[0]?.rank).toBeGreaterThan(hits[1]?.rank ?? Infinity);
      expect(hits[0]?.title).toBe('Ceasefire talks resume in Genève');
      expect(await context.store.search('ceasefire', { limit: 1 })).toHaveLength(1);
      expect(await context.store.search('ceasefire', { limit: 0 })).toEqual([]);
    });

    it('returns a plain snippet with the matched words as spans into it', async () => {
      const [hit] = await context.store.search('kessel');
      expect(hit?.snippet).toContain('Kessel crossing');
      expect(hit?.highlights.map((span) => hit.snippet.slice(span.start, span.end))).toEqual(['Kessel']);
    });

    it.each([
      ['an unbalanced quote', '"ceasefire'],
      ['a minus that is not a negation', '-ceasefire'],
      ['a star that is not a prefix', 'ceasefire*'],
      ['an emoji beside a word', 'ceasefire 🕊️'],
      ['a NUL after a word', 'ceasefire\u0000 \u0000'],
      ['repeats', 'ceasefire ceasefire CEASEFIRE'],
      ['a 10,000-character query', 'ceasefire '.repeat(1000)],
    ])('reads %s as the plain word ceasefire', async (_label, query) => {
      expect(new Set(await ids(query))).toEqual(new Set([docs.ceasefire.id, docs.prisoners.id]));
    });

    it('reads operator words as plain words', async () => {
      expect(await ids('AND OR NOT')).toEqual([docs.guarantees.id]);
      expect(await ids('cease*')).toEqual([]);
      expect(await ids('title:ceasefire')).toEqual([]);
      expect(await ids('NEAR(ceasefire talks)')).toEqual([]);
    });

    it.each([[''], ['   \n\t'], ['*'], ['-'], ['"'], ['""'], ['()'], ['^:+'], ['🕊️'], ['\u0000']])(
      'returns no hits for %j, which has no word in it',
      async (query) => {
        expect(await context.store.search(query)).toEqual([]);
      },
    );

    it('survives any other hostile input without an error', async () => {
      for (const query of [
        hostileLongQuery(),
        "O'Brien's",
        'a\u0000b',
        '{ceasefire}',
        '"a" "b',
        'x'.repeat(10_000),
      ]) {
        await expect(context.store.search(query), query.slice(0, 40)).resolves.toBeInstanceOf(Array);
      }
    });
  });
}
