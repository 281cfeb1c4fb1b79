import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from '../test-cli.js';

/** The who's who, the timeline and story packs through the CLI, on a real SQLite file. */
describe('parley who / timeline / --pack', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(() => {
    work = tempDir();
  });
  afterEach(() => work.cleanup());

  async function ingestSample(...extra: string[]): Promise<void> {
    const run = await runParley([
      'ingest',
      'test/fixtures/articles/wire-batch',
      'test/fixtures/articles/witkoff-kushner-kremlin',
      '--db',
      work.db,
      '-q',
      ...extra,
    ]);
    expect(run.err, run.err).toBe('');
    expect(run.code).toBe(0);
  }

  it('prints one actor per person across articles, with roles and first and last seen', async () => {
    await ingestSample();
    const json = await runParley(['who', '--json', '--db', work.db]);
    expect(json.code).toBe(0);
    const { actors } = JSON.parse(json.out) as { actors: Array<Record<string, unknown>> };
    const witkoff = actors.filter((a) => a.name === 'Steve Witkoff');
    expect(witkoff).toHaveLength(1);
    expect(witkoff[0]).toMatchObject({
      kind: 'person',
      articles: 4,
      firstSeen: '2025-12-01',
      lastSeen: '2025-12-08',
    });
    expect(witkoff[0]?.roles).toContainEqual(
      expect.objectContaining({ title: 'special envoy', of: 'United States' }),
    );
    const table = await runParley(['who', '--kind', 'person', '--db', work.db]);
    expect(table.out.split('\n')[0]).toMatch(/^actor\s+kind\s+roles\s+articles\s+first seen\s+last seen$/);
    expect(table.out).toMatch(/Steve Witkoff\s+person\s+special envoy \(United States\)/);
    expect(table.out).not.toMatch(/\bplace\b\s+-/);
  });

  it('prints the timeline in date order, each item citing characters that hold its words', async () => {
    await ingestSample();
    const run = await runParley(['timeline', '--json', '--db', work.db]);
    const { items } = JSON.parse(run.out) as {
      items: Array<{ from: string; doc: string; span: { start: number; end: number }; text: string }>;
    };
    expect(items.length).toBeGreaterThan(5);
    const froms = items.map((item) => item.from);
    expect(froms).toEqual([...froms].sort());
    const exported = JSON.parse((await runParley(['export', '--db', work.db])).out) as {
      documents: Array<{ id: string; text: string }>;
    };
    const textOf = new Map(exported.documents.map((doc) => [doc.id, doc.text]));
    for (const item of items)
      expect(textOf.get(item.doc)?.slice(item.span.start, item.span.end)).toBe(item.text);
    const bounded = await runParley([
      'timeline',
      '--from',
      '2025-12-03',
      '--to',
      '2025-12-03',
      '--json',
      '--db',
      work.db,
    ]);
    const days = (JSON.parse(bounded.out) as { items: Array<{ from: string; to: string }> }).items;
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d.from <= '2025-12-03' && d.to >= '2025-12-03')).toBe(true);
  });

  it('rejects a bad --from with a usage error', async () => {
    const run = await runParley(['timeline', '--from', '3 December', '--db', work.db]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/expected a date YYYY-MM-DD/);
  });

  it('takes a story pack by file: pack actors get the pack name and their pack roles', async () => {
    const pack = join(work.dir, 'pack.yaml');
    writeFileSync(
      pack,
      [
        'schema: parley.pack/1',
        'id: envoys',
        'title: Envoys',
        'issues: []',
        'actors:',
        '  - id: steve-witkoff',
        '    kind: person',
        '    name: Steven Witkoff',
        '    aliases: [Steve Witkoff, Witkoff]',
        '    roles: [{ title: special envoy, of: United States, from: 2025-01 }]',
        'anchors: []',
        '',
      ].join('\n'),
    );
    await ingestSample('--pack', pack);
    const { actors } = JSON.parse(
      (await runParley(['who', '--json', '--pack', pack, '--db', work.db])).out,
    ) as {
      actors: Array<{ name: string; packActor: string | null; roles: Array<{ basis: string }> }>;
    };
    const witkoff = actors.find((a) => a.packActor === 'steve-witkoff');
    expect(witkoff?.name).toBe('Steven Witkoff');
    expect(witkoff?.roles.map((r) => r.basis)).toContain('pack');
  });

  it('names the file, line and field of a bad pack, as a usage error', async () => {
    const run = await runParley(['who', '--pack', 'test/fixtures/packs/bad-date.yaml', '--db', work.db]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/test\/fixtures\/packs\/bad-date\.yaml:13: E_USAGE --pack .*roles\[0\]\.from/);
  });

  it('names the built-in packs when the name is unknown', async () => {
    const run = await runParley(['ingest', 'x.txt', '--pack', 'no-such-pack', '--db', work.db]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/ukraine-peace-talks/);
  });

  it('uses PARLEY_PACK, and --pack none turns it off', async () => {
    const env = { PARLEY_PACK: 'test/fixtures/packs/bad-date.yaml' };
    expect((await runParley(['who', '--db', work.db], env)).code).toBe(2);
    expect((await runParley(['who', '--pack', 'none', '--db', work.db], env)).code).toBe(0);
  });
});
