import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { buildEventReport } from './event-service.js';
import { buildExport } from './export-service.js';
import { ingestInputs } from './ingest-service.js';

/** Two reports of one meeting, a few days apart on its date: one event, a contradiction, a signal each. */
const ARTICLES = {
  'oslo-a.txt': [
    'Envoys Meet in Oslo',
    '',
    'By Test Desk | Published: 4 March 2025',
    '',
    'Norwegian Foreign Minister Anders Holm met Russian envoy Pavel Orlov and Ukrainian envoy Olena Marchuk in Oslo on March 2, 2025, officials said.',
    '',
    'The meeting lasted four hours.',
  ].join('\n'),
  'oslo-b.txt': [
    'Oslo Talks Yield Little',
    '',
    'By Other Desk | Published: 5 March 2025',
    '',
    'Pavel Orlov and Olena Marchuk met in Oslo on February 27, 2025, with Anders Holm as host, according to diplomats.',
  ].join('\n'),
};

describe('events across articles', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-events-'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), `${text}\n`);
    store = await openSqliteStore(join(dir, 'events.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges two reports of one meeting and lists their dates side by side, each cited', async () => {
    await ingestInputs(store, [join(dir, 'oslo-a.txt'), join(dir, 'oslo-b.txt')]);
    const report = await buildEventReport(store);
    const oslo = report.events.filter((e) => e.place === 'Oslo');
    expect(oslo).toHaveLength(1);
    expect(oslo[0]!.mentions.length).toBeGreaterThanOrEqual(2);
    expect(report.contradictions.map((c) => c.claims.map((claim) => claim.value))).toEqual([
      ['2025-03-02', '2025-02-27'],
    ]);
    const exported = await buildExport(store, '2026-01-01T00:00:00.000Z');
    for (const doc of exported.documents) {
      const codes = doc.quality.signals.map((s) => s.code);
      expect(codes).toContain('fact-inconsistency');
      expect(doc.quality.costs.map((c) => c.code)).toContain('fact-inconsistency');
    }
    for (const claim of report.contradictions[0]!.claims) {
      const doc = exported.documents.find((d) => d.id === claim.evidence[0]!.doc)!;
      expect(doc.text.slice(claim.evidence[0]!.span.start, claim.evidence[0]!.span.end)).toContain(
        claim.value === '2025-03-02' ? 'March 2' : 'February 27',
      );
    }
  });

  it('raises no contradiction and no signal when the reports agree', async () => {
    writeFileSync(join(dir, 'oslo-b.txt'), ARTICLES['oslo-b.txt'].replace('February 27', 'March 2'));
    await ingestInputs(store, [join(dir, 'oslo-a.txt'), join(dir, 'oslo-b.txt')]);
    expect((await buildEventReport(store)).contradictions).toEqual([]);
    const exported = await buildExport(store, '2026-01-01T00:00:00.000Z');
    expect(exported.documents.flatMap((d) => d.quality.signals.map((s) => s.code))).not.toContain(
      'fact-inconsistency',
    );
  });
});
