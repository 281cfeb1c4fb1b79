import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from '../test-cli.js';

const ARTICLE = 'test/fixtures/articles/geneva-framework-talks';

/** `parley decide`, `parley decisions export|import` and `parley proposals` through real SQLite files. */
describe('parley decide / decisions', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    work = tempDir();
    expect((await runParley(['ingest', ARTICLE, '--db', work.db, '-q'])).code).toBe(0);
  });
  afterEach(() => work.cleanup());

  const whoNames = async (db: string): Promise<string[]> => {
    const run = await runParley(['who', '--json', '--db', db]);
    const parsed = JSON.parse(run.out) as { actors: Array<{ name: string }> } | Array<{ name: string }>;
    return (Array.isArray(parsed) ? parsed : parsed.actors).map((actor) => actor.name);
  };

  it('decides, exports the decisions, and a fresh store importing them (twice) shows the same record', async () => {
    const [keep, other] = ['Kremlin', 'Moscow'];
    expect(await whoNames(work.db)).toEqual(expect.arrayContaining([keep, other]));
    const env = { USER: 'ana' };
    const decided = await runParley(
      ['decide', 'merge-actors', keep, other, '--reason', 'one', '--db', work.db],
      env,
    );
    expect(decided.code, decided.err).toBe(0);
    expect(decided.out).toMatch(/^decided dec_[0-9a-f]{16}: merge-actors actors:act_/);
    expect(await whoNames(work.db)).not.toContain(other);
    const listed = await runParley(['decisions', '--db', work.db]);
    expect(listed.out).toContain('ana  merge-actors');
    expect(listed.out).toContain('(one)');

    const file = join(work.dir, 'decisions.json');
    expect((await runParley(['decisions', 'export', '--out', file, '--db', work.db])).code).toBe(0);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { schema: string; decisions: unknown[] };
    expect(exported).toMatchObject({
      schema: 'parley.decisions/1',
      decisions: [{ author: 'ana', reason: 'one' }],
    });
    const again = await runParley(['decisions', 'export', '--db', work.db]);
    expect(again.out).toBe(readFileSync(file, 'utf8'));

    const fresh = join(work.dir, 'fresh.db');
    expect((await runParley(['ingest', ARTICLE, '--db', fresh, '-q'])).code).toBe(0);
    expect(await whoNames(fresh)).toContain(other);
    expect((await runParley(['decisions', 'import', file, '--db', fresh])).out).toBe(
      '1 added, 0 already known, 0 revoked\n',
    );
    expect((await runParley(['decisions', 'import', file, '--db', fresh])).out).toBe(
      '0 added, 1 already known, 0 revoked\n',
    );
    expect(await whoNames(fresh)).toEqual(await whoNames(work.db));
    const exports = await Promise.all(
      [work.db, fresh].map(
        async (db) => JSON.parse((await runParley(['export', '--db', db])).out) as unknown,
      ),
    );
    expect(exports[1]).toEqual(exports[0]);
  });

  it('answers a bad target or kind with a usage error that says what to give', async () => {
    const bad = await runParley([
      'decide',
      'set-date',
      'not-an-event',
      '2025-05-16',
      '--author',
      'ana',
      '--db',
      work.db,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('event:ev-<doc>-<n>');
    const noAuthor = await runParley(['decide', 'confirm', 'quote:doc_x:1', '--db', work.db]);
    expect(noAuthor.code).toBe(2);
    expect(noAuthor.err).toContain('--author');
    const help = await runParley(['decide', 'set-speaker', '--help']);
    expect(help.out).toContain('Example:');
    const wrong = await runParley(['decisions', 'import', join(ARTICLE, 'meta.json'), '--db', work.db]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('not a parley.decisions/1 file');
  });

  it('proposes the misspelt "Ukranian" as Ukraine, and a rejected proposal is not proposed again', async () => {
    const shown = await runParley(['proposals', '--json', '--db', work.db]);
    const { proposals } = JSON.parse(shown.out) as { proposals: Array<{ target: string; names: string[] }> };
    expect(proposals.map((p) => p.names)).toEqual([['Ukraine', 'Ukranian']]);
    const rejected = await runParley([
      'decide',
      'reject',
      proposals[0]!.target,
      '--author',
      'ana',
      '--db',
      work.db,
    ]);
    expect(rejected.code, rejected.err).toBe(0);
    expect((await runParley(['proposals', '--db', work.db])).out).toBe('no proposals\n');
  });

  it('revokes a decision: it leaves the list and stays in the audit trail', async () => {
    const made = await runParley([
      'decide',
      'confirm',
      'quote:doc_x:1',
      '--author',
      'ana',
      '--json',
      '--db',
      work.db,
    ]);
    const { id } = JSON.parse(made.out) as { id: string };
    expect((await runParley(['decisions', 'revoke', id, '--db', work.db])).out).toBe(`revoked ${id}\n`);
    expect((await runParley(['decisions', 'list', '--db', work.db])).out).toBe('no decisions\n');
    expect((await runParley(['decisions', 'list', '--all', '--db', work.db])).out).toContain(
      '[revoked 2026-01-02]',
    );
  });
});
