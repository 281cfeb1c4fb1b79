import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { buildBrief } from './brief-service.js';
import { buildExport } from './export-service.js';
import { ingestInputs } from './ingest-service.js';
import { buildQuoteReport } from './quote-service.js';
import { buildSourcesReport } from './sources-service.js';
import { buildTimeline } from './timeline-service.js';

const FIRST = [
  'Envoys to meet in Geneva',
  '',
  'Ukrainian and Russian delegations will hold talks in Geneva on March 10, 2025, officials said.',
  '',
  '"We are ready to discuss a ceasefire at once," Rustem Umerov, the Ukrainian defence minister, told reporters.',
  '',
  'The talks will be the first direct meeting of the two delegations since the spring.',
  '',
].join('\n');

const SECOND = FIRST.replace('on March 10, 2025', 'on March 14, 2025').replace(
  'We are ready to discuss a ceasefire at once',
  'We will not give up any territory for a ceasefire',
);

const RETRACTED = [
  'Envoys to meet in Geneva',
  '',
  'This article has been retracted. It relied on a source who could not be verified.',
  '',
].join('\n');

let body = FIRST;
let server: Server;
let url: string;
let dir: string;
let store: Store;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/geneva-talks`;
  dir = mkdtempSync(join(tmpdir(), 'parley-versions-'));
  store = await openStore(join(dir, 'parley.db'));
});

afterAll(async () => {
  await store.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

// The three steps share one store and one server, in order: publish, update, retract.
describe('an article that changes at its URL (issue #10)', () => {
  let firstId = '';
  let secondId = '';

  it('stores a changed text as the next version and retires the old facts', async () => {
    const first = await ingestInputs(store, [url]);
    expect(first).toMatchObject({ ingested: 1, failures: [] });
    firstId = first.documentIds[0]!;
    const quotes = await buildQuoteReport(store);
    expect(quotes.quotes.map((q) => q.text).join(' ')).toContain('ready to discuss a ceasefire');
    expect((await buildTimeline(store)).map((t) => t.value)).toContain('2025-03-10');

    body = SECOND;
    const second = await ingestInputs(store, [url]);
    expect(second).toMatchObject({ ingested: 1, failures: [], superseded: [firstId] });
    secondId = second.documentIds[0]!;
    expect(secondId).not.toBe(firstId);
    expect(await store.countDocuments()).toBe(2);
    expect(await store.listVersions({ url })).toMatchObject([
      { docId: firstId, version: 1, supersededBy: secondId },
      { docId: secondId, version: 2, supersedes: firstId, supersededBy: null },
    ]);

    const shown = (await buildQuoteReport(store)).quotes.map((q) => q.text).join(' ');
    expect(shown).toContain('not give up any territory');
    expect(shown).not.toContain('ready to discuss a ceasefire');
    const days = (await buildTimeline(store)).map((t) => t.value);
    expect(days).toContain('2025-03-14');
    expect(days).not.toContain('2025-03-10');
    const brief = await buildBrief(store);
    const facts = JSON.stringify({ ...brief, sources: null });
    expect(facts).not.toContain(firstId);
    expect(facts).toContain(secondId);
    expect(facts).toContain('2025-03-14');
    expect(facts).not.toContain('2025-03-10');
    expect(brief.sources.leftOut.find((a) => a.doc === firstId)?.why).toBe(
      `superseded by a later version (${secondId})`,
    );

    const exported = await buildExport(store, '2026-01-01T00:00:00.000Z');
    const old = exported.documents.find((d) => d.id === firstId)!;
    expect(old).toMatchObject({ retired: true, supersededBy: secondId, version: 1 });
    expect(old.times.map((t) => t.value)).toContain('2025-03-10');
    expect(exported.documents.find((d) => d.id === secondId)).toMatchObject({
      version: 2,
      supersedes: firstId,
    });
    const oldQuote = exported.quotes.find((q) => q.text.includes('ready to discuss a ceasefire'));
    expect(oldQuote).toMatchObject({ doc: firstId, retired: true });
    const newQuote = exported.quotes.find((q) => q.text.includes('not give up any territory'));
    expect(newQuote?.doc).toBe(secondId);
    expect(newQuote).not.toHaveProperty('retired');
    const oldEvents = exported.events.filter((e) => e.mentions.some((m) => m.doc === firstId));
    expect(oldEvents.length).toBeGreaterThan(0);
    expect(oldEvents.every((e) => e.retired)).toBe(true);
    // The new version is not taken for a copy of the text it replaced.
    expect(exported.documents.find((d) => d.id === secondId)?.duplicateOf).toBeUndefined();
  });

  it('marks a retraction notice and the earlier versions retracted; their facts leave the brief', async () => {
    body = RETRACTED;
    const summary = await ingestInputs(store, [url]);
    expect(summary).toMatchObject({ ingested: 1, failures: [] });
    const noticeId = summary.documentIds[0]!;
    expect(summary.retracted).toEqual(expect.arrayContaining([firstId, secondId, noticeId]));
    const versions = await store.listVersions({ url });
    expect(versions.map((v) => [v.version, v.retractedBy])).toEqual([
      [1, noticeId],
      [2, noticeId],
      [3, noticeId],
    ]);
    expect((await buildQuoteReport(store)).quotes).toEqual([]);
    const brief = await buildBrief(store);
    expect(JSON.stringify({ ...brief, sources: null })).not.toContain(secondId);
    expect(brief.sources.leftOut.find((a) => a.doc === secondId)?.why).toBe('retracted');

    const exported = await buildExport(store, '2026-01-01T00:00:00.000Z');
    expect(exported.documents.find((d) => d.id === secondId)).toMatchObject({
      retired: true,
      retracted: true,
      retractedBy: noticeId,
    });
    expect(exported.quotes.find((q) => q.doc === secondId)).toMatchObject({ retired: true, retracted: true });
    const articles = (await buildSourcesReport(store)).flatMap((s) => s.articles);
    expect(articles.find((a) => a.id === secondId)).toMatchObject({ retracted: true, retractedBy: noticeId });
  });

  it('changes nothing when the same URL serves the same text again', async () => {
    const versions = await store.listVersions();
    const count = await store.countDocuments();
    const summary = await ingestInputs(store, [url]);
    expect(summary).toMatchObject({
      ingested: 0,
      duplicates: 1,
      superseded: [],
      retracted: [],
      failures: [],
    });
    expect(await store.listVersions()).toEqual(versions);
    expect(await store.countDocuments()).toBe(count);
  });
});

describe('a feed item whose text changes under the same link', () => {
  it('is recorded as the next version of the item link', async () => {
    const feedDir = mkdtempSync(join(tmpdir(), 'parley-feed-versions-'));
    const feedStore = await openStore(join(feedDir, 'parley.db'));
    try {
      const feed = (text: string): string => {
        const file = join(feedDir, 'feed.xml');
        writeFileSync(
          file,
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><item>` +
            `<title>Envoys meet</title><link>https://news.example/envoys</link>` +
            `<description>${text}</description></item></channel></rss>`,
        );
        return file;
      };
      const first = await ingestInputs(feedStore, [feed('The envoys met in Riga on Monday for talks.')]);
      const second = await ingestInputs(feedStore, [feed('The envoys met in Oslo on Tuesday for talks.')]);
      expect(second.superseded).toEqual(first.documentIds);
      const versions = await feedStore.listVersions({ url: 'https://news.example/envoys' });
      expect(versions.map((v) => [v.docId, v.version])).toEqual([
        [first.documentIds[0], 1],
        [second.documentIds[0], 2],
      ]);
    } finally {
      await feedStore.close();
      rmSync(feedDir, { recursive: true, force: true });
    }
  });
});
