import { describe, expect, it } from 'vitest';
import { cleanWith, expectRemoved } from '../test-cleaning.js';
import { decodeEntity, entities } from './entities.js';

describe('entities: decodes HTML entities into characters', () => {
  const cases: Array<{ name: string; raw: string; clean: string; removed: string[] }> = [
    { name: 'ampersand', raw: 'AT&amp;T talks', clean: 'AT&T talks', removed: ['&amp;'] },
    {
      name: 'no-break space (unicode normalises it later)',
      raw: 'the&nbsp;envoy',
      clean: 'the\u00a0envoy',
      removed: ['&nbsp;'],
    },
    { name: 'decimal apostrophe', raw: 'Kyiv&#8217;s allies', clean: 'Kyiv’s allies', removed: ['&#8217;'] },
    { name: 'hex apostrophe', raw: 'Kyiv&#x2019;s allies', clean: 'Kyiv’s allies', removed: ['&#x2019;'] },
    { name: 'named curly quotes', raw: '&ldquo;Yes&rdquo;', clean: '“Yes”', removed: ['&ldquo;', '&rdquo;'] },
    { name: 'em dash', raw: 'talks&mdash;again', clean: 'talks—again', removed: ['&mdash;'] },
    { name: 'Windows-1252 reference', raw: 'Kyiv&#146;s', clean: 'Kyiv’s', removed: ['&#146;'] },
    { name: 'astral code point', raw: 'flag &#x1F1FA;', clean: 'flag \u{1f1fa}', removed: ['&#x1F1FA;'] },
    { name: 'double encoding decodes once', raw: 'AT&amp;amp;T', clean: 'AT&amp;T', removed: ['&amp;'] },
  ];

  it.each(cases)('$name', ({ raw, clean, removed }) => {
    const result = cleanWith(entities, raw);
    expect(result.text).toBe(clean);
    expectRemoved(raw, result.signals, removed);
    for (const signal of result.signals) {
      expect(signal).toMatchObject({ code: 'markup-residue', by: 'clean/entities' });
      expect(signal.detail).toBe(`HTML entity ${signal.text} decoded`);
    }
  });

  it('maps the decoded character as inserted and the text around it as copied', () => {
    const result = cleanWith(entities, 'a&amp;b');
    expect(Array.from(result.map)).toEqual([0, -1, 6, 7]);
  });

  it('survives a hostile input: 20,000 entities in a row', () => {
    const result = cleanWith(entities, '&amp;'.repeat(20_000));
    expect(result.text).toBe('&'.repeat(20_000));
    expect(result.signals).toHaveLength(20_000);
  });
});

describe('entities: negative cases', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    { name: 'an unknown name', raw: 'a &madeup; b' },
    { name: 'no semicolon', raw: 'AT&amp T and &#150 items' },
    { name: 'a plain ampersand', raw: 'Q&A with R & D' },
    { name: 'code point zero', raw: '&#0;' },
    { name: 'a lone surrogate', raw: '&#xD800;' },
    { name: 'beyond Unicode', raw: '&#1114112;' },
    { name: 'an unassigned Windows-1252 slot', raw: '&#129;' },
    { name: 'too many digits', raw: '&#12345678;' },
  ];
  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(entities, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('decodeEntity rejects inherited object keys', () => {
    expect(decodeEntity(undefined, undefined, 'constructor')).toBeNull();
    expect(decodeEntity(undefined, undefined, 'toString')).toBeNull();
  });

  it('survives a hostile input: 100,000 ampersands and digits', () => {
    const raw = `&#${'9'.repeat(50_000)}${'&'.repeat(50_000)}`;
    expect(cleanWith(entities, raw).text).toBe(raw);
  });
});
