import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestInputs } from './ingest-service.js';

/** Written for this test: one dated report of a summit, and an undated article that counts from it. */
const DATED = JSON.stringify({
  title: 'Harbour Summit Ends Without Deal',
  published: '2025-03-08T09:00:00Z',
  source: 'Example Wire',
  text:
    'The ministers left the summit in Tallinn on Friday without a deal on the harbour dues.\n\n' +
    'Officials said another round could follow in the spring.',
});
const UNDATED =
  'Ministers Gather Ahead of Harbour Summit\n\n' +
  'Harbour ministers met in Riga to settle their positions two days before the summit in Tallinn.\n\n' +
  'The talks in Riga lasted three hours, according to officials.\n';

describe('dating across articles', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-dating-'));
    writeFileSync(join(dir, 'dated.jsonl'), `${DATED}\n`);
    writeFileSync(join(dir, 'undated.txt'), UNDATED);
    store = await openSqliteStore(join(dir, 'db.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function undatedDoc() {
    for await (const doc of store.exportAll()) if (doc.locations[0]?.ref.endsWith('undated.txt')) return doc;
    throw new Error('undated article not stored');
  }

  it('re-dates a stored undated article when a later article dates the event it counts from', async () => {
    const first = await ingestInputs(store, [join(dir, 'undated.txt')]);
    expect(first.redated).toEqual([]);
    expect((await undatedDoc()).published.basis).toBe('unknown');
    const second = await ingestInputs(store, [join(dir, 'dated.jsonl')]);
    const doc = await undatedDoc();
    expect(second.redated).toEqual([doc.id]);
    expect(doc.published).toMatchObject({ value: '2025-03-05', basis: 'inferred' });
    expect(doc.published.evidence?.[0]).toMatchObject({ basis: 'corpus' });
    expect(await store.listAnchors()).toEqual([
      expect.objectContaining({
        label: 'summit Tallinn',
        date: '2025-03-07',
        cues: ['summit Tallinn', 'Tallinn summit'],
      }),
    ]);
  });

  it('dates the same article the same way when the dated report comes first', async () => {
    await ingestInputs(store, [join(dir, 'dated.jsonl')]);
    const summary = await ingestInputs(store, [join(dir, 'undated.txt')]);
    expect(summary.redated).toEqual([]);
    expect((await undatedDoc()).published).toMatchObject({ value: '2025-03-05', basis: 'inferred' });
  });

  it('learns nothing from a date that only qualifies another word', async () => {
    const text = JSON.stringify({
      title: 'Ministers Back Spring Truce',
      published: '2025-03-08T09:00:00Z',
      text: 'Ministers backed a Friday truce after the summit in Tallinn ended.\n\nNo date was set for more talks.',
    });
    writeFileSync(join(dir, 'other.jsonl'), `${text}\n`);
    await ingestInputs(store, [join(dir, 'other.jsonl')]);
    expect(await store.listAnchors()).toEqual([]);
  });
});
