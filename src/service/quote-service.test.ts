import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Document, QuoteMention, StoryPack } from '../model/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { makeTestDocument } from '../store/test-documents.js';
import { resolveDocumentActors } from './corpus-service.js';
import { buildQuoteReport } from './quote-service.js';

/** An article of our own with one quote by Anna Berg, as the quote layer would give it. */
function article(text: string, quoted: string, extra: Partial<QuoteMention> = {}): Document {
  const doc = makeTestDocument(text);
  const name = text.indexOf('Anna Berg');
  const start = text.indexOf(quoted);
  return {
    ...doc,
    layers: {
      entities: [
        {
          id: 'e1',
          kind: 'person',
          name: 'Anna Berg',
          aliases: [{ text: 'Anna Berg', count: 1 }],
          roles: [],
          basis: 'text',
        },
      ],
      mentions: [{ span: { start: name, end: name + 9 }, kind: 'person', matcher: 'm', entity: 'e1' }],
      quotes: [
        {
          span: { start, end: start + quoted.length },
          kind: 'direct',
          speaker: { span: { start: name, end: name + 9 }, entity: 'e1', description: null, via: 'name' },
          cue: null,
          date: '2025-03-04',
          dateBasis: 'article',
          matcher: 'test',
          ...extra,
        },
      ],
    },
  };
}

const pack: StoryPack = {
  schema: 'parley.pack/1',
  id: 'harbour',
  title: 'Harbour',
  issues: [{ id: 'fishing-rights', label: 'Fishing rights', cues: ['fishing quota'] }],
  actors: [],
  anchors: [],
};

describe('buildQuoteReport', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-quotes-'));
    store = await openSqliteStore(join(dir, 'db.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function put(...docs: Document[]): Promise<void> {
    await store.putDocuments(docs);
    await resolveDocumentActors(store, docs);
  }

  it('gives each quote its speaker actor across articles, its pack issues, and groups one statement', async () => {
    const words = 'We will not cut the fishing quota for the northern fleet this year.';
    await put(
      article(`Harbour talks\nAnna Berg said: "${words}"\n`, words),
      article(
        `Minister holds line\nSpeaking in Riga, Anna Berg said "${words.slice(0, 45)}" again.\n`,
        words.slice(0, 45),
      ),
    );
    const { quotes, statements } = await buildQuoteReport(store, pack);
    expect(quotes).toHaveLength(2);
    const [actor] = await store.listActors();
    expect(quotes.every((q) => q.speaker === actor?.id && q.speakerName === 'Anna Berg')).toBe(true);
    expect(quotes[0]?.issues).toEqual(['fishing-rights']);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.reports.map((r) => r.form)).toEqual(['verbatim', 'trimmed']);
    expect(quotes.every((q) => q.statement === statements[0]?.id)).toBe(true);
  });

  it('keeps an unnamed speaker as its description, and filters by speaker and issue', async () => {
    const words = 'The ferry deal is close but not done.';
    const doc = article(`Ferry deal\nAnna Berg waited. An official said: "${words}"\n`, words, {
      speaker: { span: null, entity: null, description: 'an official', via: 'description' },
    });
    await put(doc);
    const { quotes } = await buildQuoteReport(store, pack);
    expect(quotes[0]?.speaker).toEqual({ description: 'an official' });
    expect((await buildQuoteReport(store, pack, { speaker: 'official' })).quotes).toHaveLength(1);
    expect((await buildQuoteReport(store, pack, { speaker: 'Berg' })).quotes).toHaveLength(0);
    expect((await buildQuoteReport(store, pack, { issue: 'fishing-rights' })).quotes).toHaveLength(0);
  });
});
