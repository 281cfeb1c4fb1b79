import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Brief, BriefCell } from '../../service/brief-service.js';
import { runParley, tempDir } from '../test-cli.js';

/** `parley brief` on sample articles of our own, through a real SQLite file. */
describe('parley brief', () => {
  let work: ReturnType<typeof tempDir>;
  let texts: Map<string, string>;
  const brief = async (...args: string[]): Promise<Brief> =>
    JSON.parse((await runParley(['brief', '--format', 'json', '--db', work.db, ...args])).out) as Brief;
  const cells = (b: Brief): BriefCell[] => [
    ...b.keyPoints.flatMap((p) => [p.says, ...p.otherSide]),
    ...b.timeline.map((t) => t.lifecycle),
    ...b.who.flatMap((w) => [w.name, ...(w.role ? [w.role] : [])]),
    ...b.positions.map((p) => p.evidence),
    ...b.openQuestions,
  ];
  beforeEach(async () => {
    work = tempDir();
    const slugs = [
      'istanbul-rounds-announced',
      'istanbul-rounds-held',
      'wire-batch',
      'prisoner-exchange-sponsored',
    ];
    const inputs = slugs.map((s) => `test/fixtures/articles/${s}`);
    expect(
      (await runParley(['ingest', ...inputs, '--db', work.db, '--pack', 'ukraine-peace-talks', '-q'])).code,
    ).toBe(0);
    const exported = JSON.parse((await runParley(['export', '--db', work.db])).out) as {
      documents: Array<{ id: string; text: string }>;
    };
    texts = new Map(exported.documents.map((d) => [d.id, d.text]));
  });
  afterEach(() => work.cleanup());

  it('cites every cell, and every citation holds the words it quotes', async () => {
    const b = await brief();
    expect(b.keyPoints.length).toBeGreaterThan(0);
    expect(b.timeline.some((t) => t.lifecycle.text === 'planned (2025-05-10) → held (2025-05-20)')).toBe(
      true,
    );
    for (const cell of cells(b)) {
      expect(cell.cites.length).toBeGreaterThan(0);
      for (const cite of cell.cites)
        expect(texts.get(cite.doc)!.slice(cite.span.start, cite.span.end)).toBe(cite.text);
    }
    expect(b.sources.leftOut).toEqual([]);
  });

  it('leaves out articles below the quality threshold, says why, and cites none of them', async () => {
    const all = await brief();
    const sponsored = all.sources.used.find((a) =>
      a.title?.startsWith('Ukraine and Russia Swap 150 Prisoners'),
    );
    expect(sponsored?.score).toBeLessThan(0.7);
    const b = await brief('--min-quality', '0.7');
    expect(b.sources.leftOut.map((a) => a.doc)).toEqual([sponsored!.doc]);
    expect(b.sources.leftOut[0]!.why).toMatch(/below 0.7/);
    expect(
      cells(b)
        .flatMap((c) => c.cites)
        .some((c) => c.doc === sponsored!.doc),
    ).toBe(false);
  });

  it('prints Markdown tables and an HTML page with the citations', async () => {
    const md = (await runParley(['brief', '--db', work.db])).out;
    expect(md).toMatch(/^## Key points$/m);
    const rows = md
      .split('## Timeline')[0]!
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| point'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /\[doc_[0-9a-f]+:\d+-\d+\]/.test(row))).toBe(true);
    const html = (await runParley(['brief', '--format', 'html', '--db', work.db])).out;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<cite title="[^"]+">doc_[0-9a-f]+:\d+-\d+<\/cite>/);
  });

  it('rejects a bad format or threshold as a usage error', async () => {
    expect((await runParley(['brief', '--format', 'pdf', '--db', work.db])).code).toBe(2);
    const bad = await runParley(['brief', '--min-quality', '2', '--db', work.db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/from 0 to 1/);
  });
});
