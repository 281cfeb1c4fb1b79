import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from '../test-cli.js';

interface JsonEvent {
  id: string;
  kind: string;
  status: string;
  place: string | null;
  round: number | null;
  outcome: { text: string } | null;
  participantNames: string[];
  reports: number;
  mentions: Array<{
    doc: string;
    span: { start: number; end: number };
    status: string;
    published: string;
    copyOf?: string;
  }>;
  lifecycle: Array<{ status: string; published: string }>;
}

/**
 * `parley events`, `stances` and `contradictions` on two sample articles of our own about one round of
 * talks: announced in the first, held (and a summit called off) in the second. Real SQLite file.
 */
describe('parley events', () => {
  let work: ReturnType<typeof tempDir>;
  const ingest = async (...slugs: string[]) => {
    const run = await runParley([
      'ingest',
      ...slugs.map((s) => `test/fixtures/articles/${s}`),
      '--db',
      work.db,
      '--pack',
      'ukraine-peace-talks',
      '-q',
    ]);
    expect(run.code).toBe(0);
  };
  const events = async (...args: string[]): Promise<JsonEvent[]> =>
    (
      JSON.parse((await runParley(['events', '--json', '--db', work.db, ...args])).out) as {
        events: JsonEvent[];
      }
    ).events;
  beforeEach(() => {
    work = tempDir();
  });
  afterEach(() => work.cleanup());

  it('merges the announced round and its report as held into one event with a lifecycle', async () => {
    await ingest('istanbul-rounds-announced', 'istanbul-rounds-held');
    const round = (await events()).find((e) => e.kind === 'talks' && e.place === 'Istanbul');
    expect(round).toMatchObject({ status: 'held', round: 2, outcome: { text: 'ended without agreement' } });
    expect(round!.lifecycle.map((s) => `${s.status} ${s.published}`)).toEqual([
      'planned 2025-05-10',
      'held 2025-05-20',
    ]);
    const texts = JSON.parse((await runParley(['export', '--db', work.db])).out) as {
      documents: Array<{ id: string; text: string }>;
    };
    for (const mention of round!.mentions) {
      const text = texts.documents.find((d) => d.id === mention.doc)!.text;
      expect(text.slice(mention.span.start, mention.span.end)).toMatch(/second round of talks/);
    }
  });

  it('keeps the cancelled summit apart and filters by actor and kind', async () => {
    await ingest('istanbul-rounds-announced', 'istanbul-rounds-held');
    const summits = await events('--kind', 'summit');
    expect(summits.map((e) => `${e.status} ${e.place}`)).toEqual(['cancelled Antalya']);
    expect((await events('--actor', 'Erdo')).map((e) => e.kind)).toEqual(['summit']);
    expect(await events('--actor', 'nobody-of-that-name')).toEqual([]);
    const table = await runParley(['events', '--explain', '--db', work.db]);
    expect(table.out).toMatch(/talks {2}round of talks in Istanbul.*\[held\]/);
    expect(table.out).toMatch(/merged: .*same place: Istanbul/);
  });

  it('re-ingesting the same articles changes no event', async () => {
    await ingest('istanbul-rounds-announced', 'istanbul-rounds-held');
    const before = await events();
    await ingest('istanbul-rounds-held', 'istanbul-rounds-announced');
    expect(await events()).toEqual(before);
  });

  it('counts an event once when a syndicated copy reports it again, and marks the copy', async () => {
    await ingest('grain-corridor-syndicated');
    const [event] = (await events()).filter((e) => e.mentions.length > 1);
    expect(event).toBeDefined();
    expect(event!.reports).toBe(1);
    const copies = event!.mentions.filter((m) => m.copyOf !== undefined);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.copyOf).toBe(event!.mentions.find((m) => m.copyOf === undefined)!.doc);
    const quotes = JSON.parse((await runParley(['quotes', '--json', '--db', work.db])).out) as {
      quotes: Array<{ doc: string; copyOf?: string }>;
    };
    expect(quotes.quotes.some((q) => q.copyOf === copies[0]!.copyOf)).toBe(true);
    expect(quotes.quotes.every((q) => q.copyOf === undefined || q.doc === copies[0]!.doc)).toBe(true);
  });

  it('rejects an unknown kind as a usage error', async () => {
    const run = await runParley(['events', '--kind', 'picnic', '--db', work.db]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/expected one of talks, summit/);
  });

  it('prints the positions matrix and the contradictions of a store, or says there are none', async () => {
    await ingest('istanbul-rounds-announced');
    expect((await runParley(['contradictions', '--db', work.db])).out).toBe('no contradictions\n');
    await ingest('wire-batch', 'ceasefire-atom-feed');
    const matrix = await runParley(['stances', '--db', work.db]);
    expect(matrix.code).toBe(0);
    expect(matrix.out).toMatch(/^ {2}1 [a-z-]+$/m);
    const json = JSON.parse((await runParley(['stances', '--json', '--db', work.db])).out) as {
      cells: Array<{ actorName: string; issue: string; latest: { position: string; evidence: unknown[] } }>;
    };
    expect(json.cells.length).toBeGreaterThan(0);
    expect(json.cells.every((c) => c.latest.evidence.length > 0)).toBe(true);
    expect(json.cells.every((c) => !c.issue.startsWith('topic:'))).toBe(true);
  });
});
