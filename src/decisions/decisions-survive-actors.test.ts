import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStanceOverview } from '../service/stance-service.js';
import type { StancePosition } from '../model/index.js';
import { decide, makeSampleStores, recordOf, survives } from './test-corpus.js';
import type { SampleRecord, SampleStores } from './test-corpus.js';

let stores: SampleStores;
beforeAll(async () => {
  stores = await makeSampleStores();
}, 120_000);
afterAll(async () => stores.cleanup());

const entity = (record: SampleRecord, name: string) => record.exported.entities.find((e) => e.name === name);
const whoRow = (record: SampleRecord, name: string) => record.brief.who.find((row) => row.name.text === name);
const idOf = (record: SampleRecord, name: string): string => entity(record, name)!.id;

describe('actor and attribution decisions on the sample corpus survive re-ingest and rebuild', () => {
  it('merge-actors: Moscow joins Russia (whose id depends on article order) in who, events, brief, export', async () => {
    await survives(
      stores,
      async (store) => {
        const record = await recordOf(store);
        const target = `actors:${idOf(record, 'Russia')}+${idOf(record, 'Moscow')}`;
        await decide(store, { kind: 'merge-actors', target, value: { keep: idOf(record, 'Russia') } });
      },
      (record) => {
        expect(entity(record, 'Moscow')).toBeUndefined();
        expect(entity(record, 'Russia')?.aliases.map((a) => a.text)).toContain('Moscow');
        expect(entity(record, 'Russia')?.decisions).toHaveLength(1);
        expect(record.exported.events.flatMap((e) => e.participantNames)).not.toContain('Moscow');
        expect(whoRow(record, 'Moscow')).toBeUndefined();
        expect(whoRow(record, 'Russia')?.articles).toBe(
          new Set(entity(record, 'Russia')!.mentions.map((m) => m.doc)).size,
        );
      },
    );
  });

  it('split-actor: the entities named "Volodymyr Zelenskiy" leave Zelensky for an actor of their own', async () => {
    const baseline = await recordOf(await stores.open('forward'));
    const before = new Set(entity(baseline, 'Volodymyr Zelensky')!.mentions.map((m) => m.doc)).size;
    await survives(
      stores,
      async (store) => {
        const target = `actor:${idOf(await recordOf(store), 'Volodymyr Zelensky')}`;
        await decide(store, { kind: 'split-actor', target, value: { alias: 'Volodymyr Zelenskiy' } });
      },
      (record) => {
        const split = entity(record, 'Volodymyr Zelenskiy');
        expect(split?.id).toMatch(/^act_[0-9a-f]+(-\d+)?~[0-9a-f]{8}$/);
        expect(split?.decisions).toHaveLength(1);
        const zelensky = entity(record, 'Volodymyr Zelensky')!;
        expect(zelensky.aliases.map((a) => a.text)).not.toContain('Volodymyr Zelenskiy');
        const articles = new Set(zelensky.mentions.map((m) => m.doc)).size;
        expect(articles).toBeLessThan(before);
        expect(whoRow(record, 'Volodymyr Zelensky')?.articles).toBe(articles);
      },
    );
  });

  it('set-stance: the report moves to the corrected position in the matrix, the brief and the export', async () => {
    const overview = await buildStanceOverview(await stores.open('forward'));
    const cell = overview.cells.find((c) => c.actor.startsWith('act_'))!;
    const report = cell.latest.evidence.at(-1)!;
    const position: StancePosition = cell.latest.position === 'oppose' ? 'support' : 'oppose';
    const key = `${report.doc}:${report.span.start}`;
    await survives(
      stores,
      (store) => decide(store, { kind: 'set-stance', target: `stance:${key}`, value: { position } }),
      (record) => {
        const run = record.exported.stances.find((s) =>
          s.evidence.some((e) => `${e.doc}:${e.span.start}` === key),
        );
        expect(run).toMatchObject({ position, actorName: cell.actorName, issue: cell.issue });
        expect(run?.decisions).toHaveLength(1);
        const row = record.brief.positions.find((p) => p.actor === cell.actorName && p.issue === cell.issue);
        expect(row).toMatchObject({ position, decisions: run?.decisions });
      },
    );
  });

  it('set-speaker: the quote is attributed to the actor set, in the quotes and the export', async () => {
    const baseline = await recordOf(await stores.open('forward'));
    const quote = baseline.exported.quotes.find((q) => q.speakerName !== 'Dmitry Peskov' && !q.copyOf)!;
    await survives(
      stores,
      async (store) => {
        const speaker = idOf(await recordOf(store), 'Dmitry Peskov');
        await decide(store, {
          kind: 'set-speaker',
          target: `quote:${quote.id}`,
          value: { speaker, name: 'Dmitry Peskov' },
        });
      },
      (record) => {
        const found = record.exported.quotes.find((q) => q.id === quote.id);
        expect(found).toMatchObject({ speaker: idOf(record, 'Dmitry Peskov'), speakerName: 'Dmitry Peskov' });
        expect(found?.decisions).toHaveLength(1);
      },
    );
  });
});
