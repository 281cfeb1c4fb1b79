import { describe, expect, it } from 'vitest';
import { buildDocument, documentId, hashText } from './build-document.js';
import { readText } from './readers/index.js';
import type { RawDocument } from '../model/index.js';

const at = { kind: 'file' as const, ref: 'a.txt' };

function text(raw: string): RawDocument {
  return readText(raw, at);
}

describe('buildDocument', () => {
  it('identifies a document by the hash of its clean text', () => {
    const a = buildDocument(text('Envoys met in Riga.\n\nThey talked.\n'));
    const b = buildDocument({
      ...text('Envoys met in Riga.< p >\n\nThey talked.\n\nShare this article\n'),
      location: { kind: 'url', ref: 'https://example.org/x' },
    });
    expect(a.text).toBe('Envoys met in Riga.\n\nThey talked.');
    expect(b.text).toBe(a.text);
    expect(b.id).toBe(a.id);
    expect(a.id).toBe(documentId(hashText(a.text)));
    expect(a.id).toMatch(/^doc_[0-9a-f]{16}$/);
  });

  it('finds a plain-text title that sat under a removed boilerplate line', () => {
    const raw =
      'We use cookies to improve your experience.\n\nEnvoys Meet Again in Riga\n\nThe envoys met on Monday.\n';
    const doc = buildDocument(text(raw));
    expect(doc.title?.text).toBe('Envoys Meet Again in Riga');
    expect(doc.title?.span && doc.text.slice(doc.title.span.start, doc.title.span.end)).toBe(
      'Envoys Meet Again in Riga',
    );
  });

  it('does not invent a title when the first clean line is a paragraph', () => {
    const raw =
      'We use cookies to improve your experience.\n\nThe envoys met on Monday in Riga and talked for hours.\n\nMore followed.\n';
    expect(buildDocument(text(raw)).title).toBeNull();
  });

  it('does not look again when nothing was removed', () => {
    expect(buildDocument(text('The envoys met on Monday.\n\nShort Line Here\n\nBody.\n')).title).toBeNull();
  });

  it('keeps a metadata title with no span when the text does not hold it', () => {
    const raw: RawDocument = {
      ...text('The envoys met on Monday.\n'),
      format: 'jsonl',
      meta: { title: 'Envoys Meet' },
    };
    expect(buildDocument(raw).title).toEqual({ text: 'Envoys Meet', span: null });
  });

  it('normalises the published date from metadata', () => {
    const raw: RawDocument = {
      ...text('The envoys met.\n'),
      meta: { published: 'Tue, 04 Mar 2025 10:00:00 GMT' },
    };
    expect(buildDocument(raw).published).toEqual({
      value: '2025-03-04',
      precision: 'day',
      basis: 'metadata',
    });
  });

  it('replaces lone surrogates one for one and flags them (hostile input)', () => {
    const raw = `Talks \uD800resumed \uDC00today.\n`;
    const doc = buildDocument(text(raw));
    expect(doc.text).toBe('Talks \uFFFDresumed \uFFFDtoday.');
    expect(doc.raw.length).toBe(raw.length);
    expect(doc.signals.map((s) => s.code)).toContain('invalid-encoding');
  });
});
