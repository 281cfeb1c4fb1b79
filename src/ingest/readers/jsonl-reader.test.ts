import { describe, expect, it } from 'vitest';
import { readJsonLines } from './jsonl-reader.js';

const body = 'Negotiators met in Geneva on Sunday. They will meet again next week, officials said.';
const page =
  '<!doctype html><html><head><meta property="og:title" content="Page Title From Og"></head>' +
  `<body><nav>NAV</nav><article><p>${body} ${body}</p><p>${body}</p></article></body></html>`;

const LINES = [
  JSON.stringify({
    url: 'https://example.com/1',
    title: 'Record One',
    published: '2025-11-23',
    source: 'Wire',
    text: `Record One\n\n${body}`,
  }),
  '{"title": "broken", "text": "a quote " that is not escaped',
  JSON.stringify({ title: 'Record Three', html: '<p>First <b>para</b>.</p><p>Second &amp; last.</p>' }),
  '[1, 2, 3]',
  JSON.stringify({ title: 'No text at all', images: ['a.jpg'] }),
  JSON.stringify({ title: 'Blank text', text: '   \n  ' }),
  '',
  JSON.stringify({ source: 'Record Source', html: page }),
  JSON.stringify({ title: 'Record Nine', text: 'A Different Headline Line\n\nBody of record nine.' }),
  JSON.stringify({ text: 123, html: null }),
  '{"__proto__": {"text": "polluted"}, "text": "Hostile record body.", "constructor": "x"}',
];

describe('readJsonLines', () => {
  const { docs, errors } = readJsonLines(LINES.join('\r\n'), 'batch.jsonl');

  it('reads the good records with their line numbers', () => {
    expect(docs.map((d) => d.location)).toEqual(
      [1, 3, 8, 9, 11].map((line) => ({ kind: 'file', ref: 'batch.jsonl', line })),
    );
    expect(docs.every((d) => d.format === 'jsonl')).toBe(true);
  });

  it('reports each bad line with its number and the other records still come through', () => {
    expect(errors.map((e) => [e.code, e.file, e.line])).toEqual(
      [2, 4, 5, 6, 10].map((line) => ['E_JSONL_RECORD', 'batch.jsonl', line]),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^not valid JSON/),
      'not a JSON object but an array',
      'record has neither text nor html',
      'record has an empty text',
      'record has neither text nor html',
    ]);
    for (const error of errors) expect(error.toLine()).toMatch(/^batch\.jsonl:\d+: E_JSONL_RECORD /);
  });

  it('keeps a text record as given, with record metadata and the title span it repeats', () => {
    const doc = docs[0];
    expect(doc?.raw).toBe(`Record One\n\n${body}`);
    expect(doc?.meta).toEqual({
      url: 'https://example.com/1',
      title: 'Record One',
      published: '2025-11-23',
      source: 'Wire',
    });
    expect(doc?.titleSpan).toEqual({ start: 0, end: 10 });
    expect(doc?.raw.slice(0, 10)).toBe('Record One');
  });

  it('reads an html fragment under the record title, one block a line', () => {
    const doc = docs[1];
    expect(doc?.raw).toBe('Record Three\n\nFirst para.\n\nSecond & last.');
    expect(doc?.titleSpan).toEqual({ start: 0, end: 12 });
  });

  it('reads a full page with readability; record fields win over the page', () => {
    const doc = docs[2];
    expect(doc?.meta.title).toBe('Page Title From Og');
    expect(doc?.meta.source).toBe('Record Source');
    expect(doc?.raw.startsWith('Page Title From Og\n\n')).toBe(true);
    expect(doc?.raw).toContain(body);
    expect(doc?.raw).not.toContain('NAV');
  });

  it('drops a detected title span the record title contradicts', () => {
    const doc = docs[3];
    expect(doc?.meta.title).toBe('Record Nine');
    expect(doc?.titleSpan).toBeUndefined();
  });

  it('hostile: a __proto__ key neither pollutes nor replaces the text', () => {
    expect(docs[4]?.raw).toBe('Hostile record body.');
    expect(({} as Record<string, unknown>)['text']).toBeUndefined();
  });

  it('reads an empty input as no records and no errors', () => {
    expect(readJsonLines('\n\n', 'empty.jsonl')).toEqual({ docs: [], errors: [] });
  });
});
