import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from '../test-cli.js';

/** `parley sources` on sample articles of our own: a clean wire story, its syndicated copy, a sponsored page. */
describe('parley sources', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(() => {
    work = tempDir();
  });
  afterEach(() => work.cleanup());

  it('scores articles, ranks the sponsored page below clean wire copy, and names the copy', async () => {
    const ingest = await runParley([
      'ingest',
      'test/fixtures/articles/grain-corridor-syndicated',
      'test/fixtures/articles/prisoner-exchange-sponsored',
      '--db',
      work.db,
      '-q',
    ]);
    expect(ingest.code).toBe(0);
    const run = await runParley(['sources', '--json', '--db', work.db]);
    const { sources } = JSON.parse(run.out) as {
      sources: Array<{
        name: string;
        score: number;
        articles: Array<{ score: number; top: Array<{ code: string }>; duplicateOf: string | null }>;
      }>;
    };
    const sponsored = sources.find((s) => s.name === '(no source)')!;
    const wire = sources.filter((s) => s.name.startsWith('Example'));
    expect(wire).toHaveLength(2);
    expect(sponsored.articles[0]?.top.map((t) => t.code)).toContain('sponsored-content');
    for (const source of wire) expect(source.score).toBeGreaterThan(sponsored.score);
    expect(wire.flatMap((s) => s.articles).filter((a) => a.duplicateOf !== null)).toHaveLength(1);
    const table = await runParley(['sources', '--db', work.db]);
    expect(table.out.split('\n')[0]).toMatch(/^0\.\d\d {2}\(no source\) \(1 article\)$/);
  });
});
