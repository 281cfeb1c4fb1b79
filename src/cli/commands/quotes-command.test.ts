import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from '../test-cli.js';

/** `parley quotes` on a sample article of our own, through a real SQLite file. */
describe('parley quotes', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    work = tempDir();
    const run = await runParley([
      'ingest',
      'test/fixtures/articles/lavrov-next-round-residue',
      '--db',
      work.db,
      '-q',
    ]);
    expect(run.code).toBe(0);
  });
  afterEach(() => work.cleanup());

  it("lists a speaker's quotes with cue and citation, and the citations hold the words", async () => {
    const run = await runParley(['quotes', '--speaker', 'Lavrov', '--json', '--db', work.db]);
    expect(run.code).toBe(0);
    const { quotes } = JSON.parse(run.out) as {
      quotes: Array<{
        doc: string;
        span: { start: number; end: number };
        text: string;
        kind: string;
        speakerName: string;
      }>;
    };
    expect(quotes.length).toBeGreaterThan(1);
    expect(quotes.every((q) => q.speakerName === 'Sergei Lavrov')).toBe(true);
    expect(quotes.some((q) => q.kind === 'direct' && q.text.startsWith('We have never walked away'))).toBe(
      true,
    );
    const exported = JSON.parse((await runParley(['export', '--db', work.db])).out) as {
      documents: Array<{ id: string; text: string }>;
    };
    const text = exported.documents[0]!.text;
    for (const quote of quotes) expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
    const table = await runParley(['quotes', '--speaker', 'lavrov', '--db', work.db]);
    expect(table.out).toMatch(/^\[(direct|indirect|partial)\] Sergei Lavrov \(said, undated\): "/m);
  });

  it('keeps unnamed speakers as their description', async () => {
    const { quotes } = JSON.parse(
      (await runParley(['quotes', '--speaker', 'diplomats', '--json', '--db', work.db])).out,
    ) as {
      quotes: Array<{ speaker: unknown }>;
    };
    expect(quotes.map((q) => q.speaker)).toContainEqual({ description: 'European diplomats' });
  });

  it('needs a pack for --issue, and a known issue id', async () => {
    const bare = await runParley(['quotes', '--issue', 'ceasefire', '--db', work.db]);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/--issue ceasefire needs a story pack/);
    const unknown = await runParley([
      'quotes',
      '--pack',
      'ukraine-peace-talks',
      '--issue',
      'weather',
      '--db',
      work.db,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/use one of: territorial-concessions/);
    const ok = await runParley([
      'quotes',
      '--pack',
      'ukraine-peace-talks',
      '--issue',
      'ceasefire',
      '--json',
      '--db',
      work.db,
    ]);
    expect(ok.code).toBe(0);
    const { quotes } = JSON.parse(ok.out) as { quotes: Array<{ issues: string[] }> };
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.issues.includes('ceasefire'))).toBe(true);
  });
});
