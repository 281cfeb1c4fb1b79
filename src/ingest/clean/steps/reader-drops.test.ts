import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../model/index.js';
import { cleanWith, expectRemoved, spanOf } from '../test-cleaning.js';
import { readerDrops } from './reader-drops.js';
import { whitespace } from './whitespace.js';

function drop(raw: string, needle: string, occurrence = 0): RawDocument['drop'][number] {
  return {
    span: spanOf(raw, needle, occurrence),
    code: 'section-label',
    detail: `Section label "${needle}" dropped`,
  };
}

describe('reader-drops: removes the spans the reader marked', () => {
  it('removes each span with its line break and records the reader code and detail', () => {
    const raw = 'World\n\nTalks resume\n\nTalks resume\n\nBody text.';
    const result = cleanWith(readerDrops, raw, { drop: [drop(raw, 'World'), drop(raw, 'Talks resume', 1)] });
    expect(result.text).toBe('\nTalks resume\n\n\nBody text.');
    expectRemoved(raw, result.signals, ['World\n', ['Talks resume\n', 1]]);
    expect(result.signals[0]).toMatchObject({
      code: 'section-label',
      detail: 'Section label "World" dropped',
      severity: 'info',
      by: 'clean/reader-drops',
      text: 'World\n',
    });
  });

  it('takes a CRLF break with the span', () => {
    const raw = 'World\r\nBody.';
    const result = cleanWith(readerDrops, raw, { drop: [drop(raw, 'World')] });
    expect(result.text).toBe('Body.');
  });

  it('clips overlapping spans and skips one inside another', () => {
    const raw = 'abcdef\nrest';
    const result = cleanWith(readerDrops, raw, {
      drop: [drop(raw, 'abcd'), drop(raw, 'cdef'), drop(raw, 'bc')],
    });
    expect(result.text).toBe('rest');
    expectRemoved(raw, result.signals, ['abcd', 'ef\n']);
  });

  it('skips empty spans', () => {
    const raw = 'a\n\nb';
    const result = cleanWith(readerDrops, raw, {
      drop: [{ span: { start: 2, end: 2 }, code: 'x', detail: 'x' }],
    });
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('survives a hostile input: 10,000 drops', () => {
    const raw = 'label\n'.repeat(10_000);
    const drops = Array.from({ length: 10_000 }, (_, k) => ({
      span: { start: 6 * k, end: 6 * k + 5 },
      code: 'section-label',
      detail: 'Section label dropped',
    }));
    const result = cleanWith(readerDrops, raw, { drop: drops });
    expect(result.text).toBe('');
    expect(result.signals).toHaveLength(10_000);
  });
});

describe('reader-drops: negative cases', () => {
  it('does nothing without drops', () => {
    const raw = 'World\nBody.';
    expect(cleanWith(readerDrops, raw).text).toBe(raw);
  });

  it('throws on a span outside the text', () => {
    const bad = { span: { start: 3, end: 99 }, code: 'x', detail: 'x' };
    expect(() => cleanWith(readerDrops, 'short', { drop: [bad] })).toThrow(RangeError);
  });

  it('throws when it does not run first', () => {
    const raw = '  World\nBody.';
    expect(() => cleanWith([whitespace, readerDrops], raw, { drop: [drop(raw, 'World')] })).toThrow(
      /must run first/,
    );
  });
});
