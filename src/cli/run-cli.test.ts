import { writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runParley, tempDir } from './test-cli.js';

const BAD = 'test/fixtures/bad';
let work: ReturnType<typeof tempDir>;
beforeEach(() => {
  work = tempDir();
});
afterEach(() => work.cleanup());

/** A loopback port with nothing listening: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('parley CLI', () => {
  it('prints help for every command and exits 0', async () => {
    for (const args of [['--help'], ['ingest', '--help'], ['export', '--help'], ['annotate', '--help']]) {
      const run = await runParley(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.out).toMatch(/Usage: parley/);
    }
  });

  it.each([
    [['nonsense']],
    [['ingest']],
    [['export', '--format', 'xml']],
    [['annotate', 'x.txt', '--date', 'soon']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const run = await runParley([...args, '--db', work.db]);
    expect(run.code).toBe(2);
    expect(run.err).not.toBe('');
  });

  it('ingests the sample corpus, then adds nothing on a second run', async () => {
    const first = await runParley(['ingest', 'test/fixtures/articles', '--db', work.db]);
    expect(first.code).toBe(0);
    const ingested = Number(/^(\d+) ingested/.exec(first.out)?.[1]);
    expect(ingested).toBeGreaterThanOrEqual(10);
    const second = await runParley(['ingest', 'test/fixtures/articles', '--db', work.db]);
    expect(second.out).toMatch(/^0 ingested/);
    const list = await runParley(['list', '--json', '--db', work.db]);
    expect(JSON.parse(list.out).total).toBe(ingested);
  });

  it('records a second url of the same text as a location, not a document', async () => {
    copyFileSync('test/fixtures/articles/rutte-nato-brussels/article.txt', join(work.dir, 'copy.txt'));
    await runParley(['ingest', 'test/fixtures/articles/rutte-nato-brussels/article.txt', '--db', work.db]);
    const run = await runParley(['ingest', join(work.dir, 'copy.txt'), '--db', work.db]);
    expect(run.out).toMatch(/^0 ingested, 1 duplicate \(1 seen at a new location\)/);
    const exported = JSON.parse((await runParley(['export', '--db', work.db])).out);
    expect(exported.documents).toHaveLength(1);
    expect(exported.documents[0].locations).toHaveLength(2);
  });

  it('reports each bad input on one line naming the file, and stores the rest', async () => {
    const huge = join(work.dir, 'huge.txt');
    writeFileSync(huge, 'The envoys met again. '.repeat(2_400_000));
    const port = await closedPort();
    const inputs = [
      `${BAD}/binary.bin`,
      `${BAD}/empty.txt`,
      `${BAD}/invalid-utf8.txt`,
      huge,
      `${BAD}/truncated.html`,
      `${BAD}/malformed-feed.xml`,
      `http://127.0.0.1:${port}/story.html`,
      'test/fixtures/articles/rutte-nato-brussels/article.txt',
    ];
    const run = await runParley(['ingest', ...inputs, '--db', work.db, '--timeout', '2000']);
    expect(run.code).toBe(1);
    const errors = run.err.split('\n').filter((line) => line.startsWith('error: '));
    const expected: Array<[string, string]> = [
      ['binary.bin', 'E_INPUT_BINARY'],
      ['empty.txt', 'E_INPUT_EMPTY'],
      ['huge.txt', 'E_INPUT_TOO_LARGE'],
      ['malformed-feed.xml', 'E_FEED_MALFORMED'],
      [`127.0.0.1:${port}`, 'E_FETCH_FAILED'],
    ];
    for (const [file, code] of expected) {
      expect(
        errors.filter((line) => line.includes(file) && line.includes(code)),
        `${file} ${code}`,
      ).toHaveLength(1);
    }
    expect(errors).toHaveLength(expected.length);
    expect(run.err).toMatch(/warning: .*invalid-utf8\.txt: invalid-encoding/);
    expect(run.err).toMatch(/warning: .*truncated\.html: truncated-html/);
    expect(run.out).toMatch(/^3 ingested, 0 duplicates, 5 failed/);
  });

  it('exports the parley.export/1 shape with every removal as a signal pointing at raw text', async () => {
    await runParley(['ingest', 'test/fixtures/articles/lavrov-next-round-residue', '--db', work.db]);
    const run = await runParley(['export', '--format', 'json', '--db', work.db]);
    const record = JSON.parse(run.out);
    expect(Object.keys(record)).toEqual([
      'schema',
      'generatedAt',
      'documents',
      'entities',
      'events',
      'quotes',
      'statements',
      'stances',
      'contradictions',
      'decisions',
    ]);
    expect(record.schema).toBe('parley.export/1');
    expect(record.generatedAt).toBe('2026-01-02T03:04:05.000Z');
    const [doc] = record.documents;
    expect(doc.text).not.toMatch(/< p >|h 3 >|p>|&nbsp;/);
    expect(doc.quality.signals.some((s: { code: string }) => s.code === 'markup-residue')).toBe(true);
  });

  it('writes JSON Lines: a header, one line per document, then entities, quotes and the rest', async () => {
    await runParley(['ingest', 'test/fixtures/articles/wire-batch', '--db', work.db]);
    const out = join(work.dir, 'out.jsonl');
    expect((await runParley(['export', '--format', 'jsonl', '--out', out, '--db', work.db])).code).toBe(0);
    const lines = (await import('node:fs'))
      .readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', schema: 'parley.export/1' });
    const types = lines.slice(1).map((l) => l.type);
    expect(types.slice(0, 3)).toEqual(['document', 'document', 'document']);
    const rest = types.slice(3);
    expect(rest.filter((type) => type === 'document')).toEqual([]);
    expect(rest.indexOf('entity')).toBe(0);
    expect(rest.lastIndexOf('entity')).toBeLessThan(rest.indexOf('quote'));
    expect(rest.lastIndexOf('quote')).toBeLessThan(rest.indexOf('event'));
    expect(new Set(rest)).toEqual(new Set(['entity', 'quote', 'event']));
    const event = lines.find((l) => l.type === 'event');
    const doc = lines.find((l) => l.type === 'document' && l.id === event.mentions[0].doc);
    expect(doc.text.slice(event.mentions[0].span.start, event.mentions[0].span.end)).toMatch(/\w/);
    expect(lines.find((l) => l.type === 'entity' && l.name === 'Steve Witkoff')).toMatchObject({
      kind: 'person',
      basis: 'text',
    });
  });

  it('annotates a file with spans that index the file text as given', async () => {
    const file = join(work.dir, 'a.txt');
    const text = 'Talks Resume in Geneva\n\nThe envoys met on Monday.< p > "We are close," one said.\n';
    writeFileSync(file, text);
    const run = await runParley(['annotate', file, '--date', '2025-03-04', '--format', 'json']);
    expect(run.code).toBe(0);
    const [doc] = JSON.parse(run.out).documents;
    expect(doc.referenceDate).toBe('2025-03-04');
    for (const sentence of doc.layers.sentences) {
      expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.text);
    }
    expect(doc.layers.sentences.map((s: { text: string }) => s.text)).toContain('"We are close," one said.');
  });

  it('searches stored text', async () => {
    await runParley(['ingest', 'test/fixtures/articles', '--db', work.db]);
    const run = await runParley(['search', 'prisoners', '--json', '--db', work.db]);
    expect(JSON.parse(run.out).length).toBeGreaterThan(0);
    const none = await runParley(['search', 'zzzunlikelyword', '--json', '--db', work.db]);
    expect(JSON.parse(none.out)).toEqual([]);
  });
});
