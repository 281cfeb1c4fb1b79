import { createHash } from 'node:crypto';
import { TRANSIENT_LAYERS } from '../model/index.js';
import type { Document, Location, Span } from '../model/index.js';

/**
 * Short articles written for these tests about an invented negotiation (Valdoria and Ostrena), with the
 * kinds of text a store must keep exactly: diacritics, curly quotes, an emoji, line breaks.
 */
export const TEST_TEXTS = {
  ceasefire:
    'Ceasefire talks resume in Genève\nEnvoys from Valdoria and Ostrena met on Tuesday. “We are not there yet,” said mediator Ilse Marnet.',
  prisoners:
    'Prisoner exchange agreed\nBoth sides will swap 120 detainees at the Kessel crossing, officials said. 🕊️ The ceasefire holds.',
  sanctions:
    'Sanctions relief on the table\nOstrena asked for relief on grain exports or no signature, a senior official told reporters.',
  energy:
    'Energy deal stalls\nTalks on the pipeline broke off after Valdoria rejected the tariff. Neither side set a new date.',
  guarantees:
    'Security guarantees, not membership\nThe draft offers guarantees and and not membership, or so it seems.',
} as const;

/** The id a test document gets: derived from its content hash, as ingest derives it. */
export function testDocumentId(contentHash: string): string {
  return `doc-${contentHash.slice(0, 16)}`;
}

/** A file location for tests. */
export function fileLocation(ref: string, line?: number): Location {
  return line === undefined ? { kind: 'file', ref } : { kind: 'file', ref, line };
}

/**
 * A minimal valid document for `text`: hash and id derived from it, first line as title, one location.
 * `overrides` replace whole fields; pass `text` there to change the identity too.
 */
export function makeTestDocument(text: string, overrides: Partial<Document> = {}): Document {
  const contentHash = createHash('sha256').update(text).digest('hex');
  const titleEnd = text.indexOf('\n');
  const title = titleEnd > 0 ? { text: text.slice(0, titleEnd), span: { start: 0, end: titleEnd } } : null;
  return {
    id: testDocumentId(contentHash),
    contentHash,
    format: 'text',
    text,
    raw: text,
    offsetMap: [[0, 0, text.length]],
    title,
    meta: {},
    source: {},
    published: { value: null, precision: 'unknown', basis: 'unknown' },
    locations: [fileLocation(`articles/${contentHash.slice(0, 8)}.txt`)],
    signals: [],
    layers: {},
    producers: {},
    ...overrides,
  };
}

function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`test text lacks "${needle}"`);
  return { start, end: start + needle.length };
}

/**
 * A document with every field filled the way the pipeline fills it: offset map with a removal, metadata,
 * source, a dated publication, three locations (file, JSON Lines line, feed item), signals, persisted layers
 * with producers, and a transient `tokens` layer the store must drop.
 */
export function makeRichDocument(): Document {
  const text = TEST_TEXTS.ceasefire;
  const body = text.indexOf('\n') + 1;
  const raw = `<b>${text.slice(0, body)}</b>${text.slice(body)}`;
  const base = makeTestDocument(text);
  const sentence = spanOf(text, 'Envoys from Valdoria and Ostrena met on Tuesday.');
  return {
    ...base,
    format: 'html',
    raw,
    offsetMap: [
      [0, 3, body],
      [body, body + 7, text.length - body],
    ],
    meta: {
      title: 'Ceasefire talks resume',
      url: 'https://news.example/a/1',
      source: 'Example News',
      published: 'Tue, 4 Mar 2025',
    },
    source: { name: 'Example News', url: 'https://news.example' },
    published: { value: '2025-03-04', precision: 'day', basis: 'metadata' },
    locations: [
      { kind: 'url', ref: 'https://news.example/a/1' },
      { kind: 'file', ref: 'feeds/export.jsonl', line: 7 },
      { kind: 'url', ref: 'https://news.example/feed.xml', item: 3 },
    ],
    signals: [
      {
        code: 'markup-residue',
        severity: 'info',
        rawSpan: { start: 0, end: 3 },
        detail: 'removed <b>',
        text: '<b>',
        by: 'clean/markup-residue',
      },
      {
        code: 'boilerplate',
        severity: 'warning',
        span: spanOf(text, 'Envoys'),
        detail: 'looks templated',
        by: 'quality/boilerplate',
      },
    ],
    layers: {
      paragraphs: [
        { span: { start: 0, end: body - 1 }, heading: true },
        { span: { start: body, end: text.length }, heading: false },
      ],
      sentences: [{ span: sentence, paragraph: 1 }],
      tokens: [{ span: spanOf(text, 'Ceasefire'), pos: 'NOUN' }],
      mentions: [{ span: spanOf(text, 'Genève'), kind: 'place', matcher: 'matcher/lexicon', entity: 'e1' }],
      entities: [
        {
          id: 'e1',
          kind: 'place',
          name: 'Genève',
          aliases: [{ text: 'Genève', count: 1 }],
          roles: [],
          basis: 'text',
        },
      ],
      times: [
        {
          span: spanOf(text, 'Tuesday'),
          type: 'DATE',
          value: '2025-03-04',
          stated: ['weekday'],
          matcher: 'matcher/chrono',
        },
      ],
    },
    producers: {
      paragraphs: 'segment.paragraphs@1',
      sentences: 'segment.sentences@2',
      tokens: 'segment.tokens@1',
      mentions: 'mentions.lexicon@1',
      entities: 'mentions.lexicon@1',
      times: 'times.chrono@1',
    },
  };
}

/** `doc` as the store must return it: without transient layers and their producers. */
export function withoutTransientLayers(doc: Document): Document {
  const layers = { ...doc.layers };
  const producers = { ...doc.producers };
  for (const name of TRANSIENT_LAYERS) {
    delete layers[name];
    delete producers[name];
  }
  return { ...doc, layers, producers };
}

/** A copy of `doc` whose `quotes` layer throws when serialised: a write that fails mid-document. */
export function withThrowingLayer(doc: Document): Document {
  const layers = { ...doc.layers };
  Object.defineProperty(layers, 'quotes', {
    enumerable: true,
    get() {
      throw new Error('quotes layer exploded while being serialised');
    },
  });
  return { ...doc, layers, producers: { ...doc.producers, quotes: 'quotes.direct@1' } };
}
