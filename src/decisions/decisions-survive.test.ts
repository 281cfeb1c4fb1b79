import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEventReport } from '../service/event-service.js';
import type { ExportRecord } from '../service/export-service.js';
import { buildQuoteReport } from '../service/quote-service.js';
import { decide, makeSampleStores, recordOf, survives } from './test-corpus.js';
import type { SampleRecord, SampleStores } from './test-corpus.js';

let stores: SampleStores;
beforeAll(async () => {
  stores = await makeSampleStores();
}, 120_000);
afterAll(async () => stores.cleanup());

const cites = (row: { lifecycle: { cites: Array<{ doc: string; span: { start: number } }> } }) =>
  row.lifecycle.cites.map((c) => `${c.doc}:${c.span.start}`);

/** An event's key in any store: its first report that is not a copy, as `doc:start`. */
const reportKey = (event: ExportRecord['events'][number]): string => {
  const m = event.mentions.find((mention) => !mention.copyOf) ?? event.mentions[0]!;
  return `${m.doc}:${m.span.start}`;
};
const eventBy = (record: SampleRecord, key: string) =>
  record.exported.events.find((e) => e.mentions.some((m) => `${m.doc}:${m.span.start}` === key));
const timelineRow = (record: SampleRecord, key: string) =>
  record.brief.timeline.find((row) => cites(row).includes(key));

/** An event of the forward store that the brief's timeline shows, picked by `pick`. */
async function eventInBrief(pick: (event: ExportRecord['events'][number]) => boolean) {
  const record = await recordOf(await stores.open('forward'));
  const event = record.exported.events.find((e) => pick(e) && timelineRow(record, reportKey(e)));
  if (!event) throw new Error('the sample corpus has no such event');
  return { id: event.id, key: reportKey(event) };
}

describe('analyst decisions on the sample corpus survive re-ingest and rebuild', () => {
  it('set-date: the event takes the day in the report, the brief timeline and the export', async () => {
    const event = await eventInBrief((e) => e.date.value === null);
    await survives(
      stores,
      (store) =>
        decide(store, { kind: 'set-date', target: `event:${event.id}`, value: { date: '2025-05-16' } }),
      (record) => {
        expect(eventBy(record, event.key)).toMatchObject({ date: { value: '2025-05-16', precision: 'day' } });
        expect(eventBy(record, event.key)?.decisions).toHaveLength(1);
        expect(timelineRow(record, event.key)).toMatchObject({ date: '2025-05-16' });
      },
    );
  });

  it('reject: the event and the quote leave the reports and the brief, and stay in the export marked', async () => {
    const event = await eventInBrief(() => true);
    const quote = (await recordOf(await stores.open('forward'))).exported.quotes[0]!;
    await survives(
      stores,
      async (store) => {
        await decide(store, { kind: 'reject', target: `event:${event.id}` });
        await decide(store, { kind: 'reject', target: `quote:${quote.id}` });
      },
      async (record) => {
        expect(eventBy(record, event.key)).toMatchObject({ rejected: true });
        expect(timelineRow(record, event.key)).toBeUndefined();
        const events = (await buildEventReport(record.store)).events;
        expect(events.some((e) => e.mentions.some((m) => `${m.doc}:${m.span.start}` === event.key))).toBe(
          false,
        );
        expect(record.exported.quotes.find((q) => q.id === quote.id)).toMatchObject({ rejected: true });
        expect((await buildQuoteReport(record.store)).quotes.some((q) => q.id === quote.id)).toBe(false);
      },
    );
  });

  it('confirm: the event is marked confirmed in the brief timeline and the export', async () => {
    const event = await eventInBrief(() => true);
    await survives(
      stores,
      (store) => decide(store, { kind: 'confirm', target: `event:${event.id}` }),
      (record) => {
        expect(eventBy(record, event.key)).toMatchObject({ confirmed: true });
        expect(timelineRow(record, event.key)).toMatchObject({ confirmed: true });
        expect(record.exported.events.filter((e) => 'confirmed' in e)).toHaveLength(1);
      },
    );
  });
});
