import { describe, expect, it } from 'vitest';
import type { OffsetRun, RawDocument, Span } from '../../model/index.js';
import { cleanSpanToRaw } from '../offset-map.js';
import { cleanDocument } from './clean-document.js';
import { makeRawDocument } from './make-raw-document.js';
import { shorten } from './range-to-raw.js';
import { spanOf } from './test-cleaning.js';

// An article written for this test, with every kind of noise cleaning handles.
const RAW = [
  'Diplomacy',
  'Harbour Talks Stall Over Fishing Quotas h1 >',
  '',
  '< p >Negotiators from Norland and Vesta met in Port Amber on Tuesday.The two delegations spent six hours on the text.',
  'p>',
  'The Norland envoy, Mara Lind, called the draft &ldquo;close but not finished&rdquo; after talks with the U.S.is',
  'observer team.&nbsp;Her counterpart, e.g. the Vestan deputy, disagreed.</p><p>Both sides  met again.   ',
  'Read More: Ferries Resume Between the Islands',
  'Vesta\u2019s minister said the truce on the water would hold \u201cfor as long as the talks continue\u201d.',
  'Advertisement',
  'Fishing boats from Kie\u0301l wait in port; the\u00a0quota dispute con\u00adcerns cod\u200b and herring.',
  '',
  '',
  '',
  'IMPORTANT NOTICE',
  '',
  'This page is sponsored content. The site does not verify or endorse any claim and disclaims all liability.',
  '',
  'Share this article',
  '\u00a9 2025 Harbour Wire',
  '',
].join('\r\n');

const CLEAN = [
  'Harbour Talks Stall Over Fishing Quotas',
  '',
  'Negotiators from Norland and Vesta met in Port Amber on Tuesday. The two delegations spent six hours on the text.',
  'The Norland envoy, Mara Lind, called the draft \u201cclose but not finished\u201d after talks with the U.S.is',
  'observer team. Her counterpart, e.g. the Vestan deputy, disagreed. Both sides met again.',
  'Vesta\u2019s minister said the truce on the water would hold \u201cfor as long as the talks continue\u201d.',
  'Fishing boats from Ki\u00e9l wait in port; the quota dispute concerns cod and herring.',
].join('\n');

const DOC: RawDocument = makeRawDocument(RAW, {
  titleSpan: spanOf(RAW, 'Harbour Talks Stall Over Fishing Quotas h1 >'),
  drop: [{ span: spanOf(RAW, 'Diplomacy'), code: 'section-label', detail: 'Section label dropped' }],
});

/** Raw characters copied into the clean text (per the runs), for comparing "modulo removed/inserted". */
function copiedRawPositions(runs: readonly OffsetRun[]): Set<number> {
  const positions = new Set<number>();
  for (const [, rawStart, length] of runs) for (let k = 0; k < length; k++) positions.add(rawStart + k);
  return positions;
}

function copiedCleanChars(runs: readonly OffsetRun[], span: Span, text: string): string {
  let out = '';
  for (const [cleanStart, , length] of runs) {
    const from = Math.max(cleanStart, span.start);
    const to = Math.min(cleanStart + length, span.end);
    if (from < to) out += text.slice(from, to);
  }
  return out;
}

describe('cleanDocument on a whole article', () => {
  const result = cleanDocument(DOC);

  it('produces exactly the expected clean text', () => {
    expect(result.text).toBe(CLEAN);
  });

  it('finds the title in the clean text without its residue', () => {
    expect(result.title).toEqual({
      text: 'Harbour Talks Stall Over Fishing Quotas',
      span: { start: 0, end: 39 },
    });
    expect(result.text.slice(0, 39)).toBe(result.title?.text);
  });

  it('records every removal and repair, in step order, at the removed raw text', () => {
    const expected: Array<[by: string, code: string, removed: string]> = [
      ['clean/reader-drops', 'section-label', 'Diplomacy\r\n'],
      ['clean/markup-residue', 'markup-residue', ' h1 >'],
      ['clean/markup-residue', 'markup-residue', '< p >'],
      ['clean/markup-residue', 'markup-residue', 'p>\r\n'],
      ['clean/markup-residue', 'markup-residue', '</p><p>'],
      ['clean/entities', 'markup-residue', '&ldquo;'],
      ['clean/entities', 'markup-residue', '&rdquo;'],
      ['clean/entities', 'markup-residue', '&nbsp;'],
      ['clean/boilerplate', 'boilerplate', 'Read More: Ferries Resume Between the Islands\r\n'],
      ['clean/boilerplate', 'boilerplate', 'Advertisement\r\n'],
      ['clean/boilerplate', 'boilerplate', 'Share this article\r\n'],
      ['clean/boilerplate', 'boilerplate', '\u00a9 2025 Harbour Wire\r\n'],
      ['clean/sponsored', 'sponsored-content', `IMPORTANT NOTICE\r\n\r\n${RAW.split('\r\n')[16]}\r\n`],
      ['clean/sentence-spacing', 'spacing-repaired', '.T'],
      ['clean/unicode', 'invisible-characters', '\u00ad'],
    ];
    expect(result.signals.map((s) => [s.by, s.code, RAW.slice(s.rawSpan?.start, s.rawSpan?.end)])).toEqual(
      expected,
    );
    for (const signal of result.signals) {
      expect(signal.text).toBe(shorten(RAW.slice(signal.rawSpan?.start, signal.rawSpan?.end)));
      expect(signal.text?.length).toBeLessThanOrEqual(120);
    }
    expect(result.signals.find((s) => s.code === 'invisible-characters')?.detail).toMatch(
      /^2 invisible characters/,
    );
  });

  it('places each single removal at its own occurrence in the raw text', () => {
    const residue = result.signals.filter((s) => s.by === 'clean/markup-residue').map((s) => s.rawSpan);
    expect(residue).toEqual([
      spanOf(RAW, ' h1 >'),
      spanOf(RAW, '< p >'),
      spanOf(RAW, 'p>\r\n'),
      spanOf(RAW, '</p><p>'),
    ]);
  });

  it('maps every clean sentence back to raw text equal to it modulo removed and inserted characters', () => {
    const copied = copiedRawPositions(result.offsetMap);
    const sentences = [...result.text.matchAll(/[^.\n]+(?:\.|$)/gm)];
    expect(sentences.length).toBeGreaterThan(8);
    for (const match of sentences) {
      const span = { start: match.index, end: match.index + match[0].length };
      const raw = cleanSpanToRaw(result.offsetMap, span, RAW.length);
      let kept = '';
      for (let i = raw.start; i < raw.end; i++) if (copied.has(i)) kept += RAW[i];
      expect(kept, match[0]).toBe(copiedCleanChars(result.offsetMap, span, result.text));
    }
  });

  it('shows a sentence with decoded entities as the raw text it came from', () => {
    // ends on a copied character: a span ending on a decoded one maps one character long (offset-map test)
    const span = spanOf(result.text, 'called the draft \u201cclose but not finished\u201d after');
    const raw = cleanSpanToRaw(result.offsetMap, span, RAW.length);
    expect(RAW.slice(raw.start, raw.end)).toBe('called the draft &ldquo;close but not finished&rdquo; after');
  });

  it('is deterministic', () => {
    expect(cleanDocument(DOC)).toEqual(result);
  });
});

describe('cleanDocument: title', () => {
  const cases: Array<{ name: string; raw: string; title?: string; expected: string | null }> = [
    { name: 'no title span', raw: 'Body.', expected: null },
    {
      name: 'plain title line with its break',
      raw: 'Peace Plan Unveiled\nBody.',
      title: 'Peace Plan Unveiled\n',
      expected: 'Peace Plan Unveiled',
    },
    { name: 'title removed as residue', raw: '< p >\nBody.', title: '< p >', expected: null },
    {
      name: 'title with a repaired join',
      raw: 'Talks end.Deal near\nBody.',
      title: 'Talks end.Deal near',
      expected: 'Talks end. Deal near',
    },
  ];
  it.each(cases)('$name', ({ raw, title, expected }) => {
    const doc = makeRawDocument(raw, title ? { titleSpan: spanOf(raw, title) } : {});
    const result = cleanDocument(doc);
    expect(result.title?.text ?? null).toBe(expected);
    if (result.title)
      expect(result.text.slice(result.title.span.start, result.title.span.end)).toBe(expected);
  });
});

describe('cleanDocument: hostile inputs', () => {
  it('10,000 repetitions of "p> < p >" clean to empty text', () => {
    const result = cleanDocument(
      makeRawDocument('p> < p >'.repeat(10_000), { titleSpan: { start: 0, end: 8 } }),
    );
    expect(result.text).toBe('');
    expect(result.offsetMap).toEqual([]);
    expect(result.title).toBeNull();
  });

  it('a line of 100,000 characters keeps its words', () => {
    const raw = 'peace talks '.repeat(8_334);
    const result = cleanDocument(makeRawDocument(raw));
    expect(result.text).toBe(raw.trimEnd());
    expect(result.offsetMap).toEqual([[0, 0, raw.length - 1]]);
  });

  it('a text of only residue, boilerplate and a notice cleans to empty text', () => {
    const raw = 'p>\n< h2 >\nShare this article\nDisclaimer\nThis post contains affiliate links.\n\u200b\n';
    const result = cleanDocument(makeRawDocument(raw));
    expect(result.text).toBe('');
    expect(result.signals.map((s) => s.code)).toEqual([
      'markup-residue',
      'markup-residue',
      'boilerplate',
      'sponsored-content',
      'invisible-characters',
    ]);
  });

  it('empty raw text', () => {
    expect(cleanDocument(makeRawDocument(''))).toEqual({ text: '', offsetMap: [], signals: [], title: null });
  });
});
