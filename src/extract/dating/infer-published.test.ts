import { describe, expect, it } from 'vitest';
import type { Paragraph, Sentence, Span, TimeExpression } from '../../model/index.js';
import type { AnchorMatch, DatingInput } from './infer-published.js';
import { findAnchoredTimes } from '../anchored/find-anchored-times.js';
import { inferPublished } from './infer-published.js';

/** Builds a dating input from one paragraph per line and one sentence per paragraph. */
function input(
  text: string,
  times: Array<[string, TimeExpression['type'], string | null, string[]?]>,
  anchors: Array<[string, string, string?]> = [],
): DatingInput {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    paragraphs.push({ span: { start: offset, end: offset + line.length }, heading: false });
    sentences.push({ span: { start: offset, end: offset + line.length }, paragraph: paragraphs.length - 1 });
    offset += line.length + 1;
  }
  const spanOf = (needle: string): Span => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`"${needle}" not in text`);
    return { start, end: start + needle.length };
  };
  const timeList = times.map(([needle, type, value, stated]) => ({
    span: spanOf(needle),
    type,
    value,
    stated: stated ?? ['year', 'month', 'day'],
    matcher: 'test',
  }));
  // Each anchor is known by the words given for it, so the anchored-times extractor can find it too.
  const known = anchors.map(([needle, date, end]) => ({
    id: 'a',
    label: 'the anchor',
    date,
    ...(end ? { end } : {}),
    cues: [needle],
    basis: 'pack' as const,
  }));
  return {
    text,
    paragraphs,
    sentences,
    times: timeList,
    anchoredTimes: findAnchoredTimes(text, sentences, timeList, known),
    anchors: anchors.map(([needle, date, end]): AnchorMatch => ({
      span: spanOf(needle),
      anchorId: 'a',
      label: 'the anchor',
      date,
      ...(end ? { end } : {}),
      basis: 'pack',
    })),
  };
}

describe('inferPublished', () => {
  it('takes a labelled dateline as the text date', () => {
    const result = inferPublished(
      input('Envoys meet again\nPublished: 4 March 2025\nThe envoys met on Monday.', [
        ['4 March 2025', 'DATE', '2025-03-04'],
      ]),
    );
    expect(result).toMatchObject({ value: '2025-03-04', precision: 'day', basis: 'text' });
  });

  it('does not take a full date inside a long body sentence for a dateline', () => {
    const body =
      'The delegations said on 4 March 2025 that the second round of talks on the exchange of prisoners would go ahead in the spring.';
    const result = inferPublished(input(`Title\n${body}`, [['4 March 2025', 'DATE', '2025-03-04']]));
    expect(result.basis).toBe('inferred');
  });

  it('dates an article after the latest day it reports, within a month', () => {
    const text =
      'The first round was held on January 9, 2025.\nOn February 3, 2025, the ministers spoke by phone.';
    const result = inferPublished(
      input(text, [
        ['January 9, 2025', 'DATE', '2025-01-09'],
        ['February 3, 2025', 'DATE', '2025-02-03'],
      ]),
    );
    expect(result).toMatchObject({
      value: '2025-02-03',
      precision: 'month',
      basis: 'inferred',
      range: { from: '2025-02-03', to: '2025-03-03' },
    });
    expect(result.evidence?.[0]?.reason).toContain('2025-02-03');
  });

  it('reads a date announced in the future as an upper bound', () => {
    const text = 'The ministers will meet on March 10, 2025.';
    const result = inferPublished(input(text, [['March 10, 2025', 'DATE', '2025-03-10']]));
    expect(result.range).toEqual({ from: '2025-02-10', to: '2025-03-10' });
  });

  it('ignores a day whose year the text did not state', () => {
    const result = inferPublished(
      input('They met on February 18.', [['February 18', 'DATE', 'XXXX-02-18', ['month', 'day']]]),
    );
    expect(result).toMatchObject({ value: null, basis: 'unknown' });
    expect(result.reason).toMatch(/no absolute date/);
  });

  it('places "later this week" before an anchor in the same sentence', () => {
    const text = 'The minister flies on to the security forum later this week.';
    const result = inferPublished(
      input(text, [['later this week', 'DATE', null]], [['security forum', '2025-02-14', '2025-02-16']]),
    );
    expect(result).toMatchObject({
      basis: 'inferred',
      precision: 'month',
      range: { from: '2025-02-08', to: '2025-02-13' },
    });
    expect(result.evidence?.[0]?.basis).toBe('pack');
  });

  it('places "last week" after the anchor and "last month" in the following month', () => {
    const week = inferPublished(
      input(
        'The envoys were in the capital last week.',
        [['last week', 'DATE', null]],
        [['envoys were in the capital', '2025-12-02']],
      ),
    );
    expect(week.range).toEqual({ from: '2025-12-03', to: '2025-12-15' });
    const month = inferPublished(
      input(
        'Last month the plan was unveiled.',
        [['Last month', 'DATE', null]],
        [['plan was unveiled', '2025-11-20']],
      ),
    );
    expect(month.range).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('counts "two days before" back from the anchor and keeps that day as the value', () => {
    const text = 'The leaders gather two days before the island summit.';
    const result = inferPublished(
      input(text, [['two days', 'DURATION', 'P2D', ['duration']]], [['island summit', '2025-08-15']]),
    );
    expect(result).toMatchObject({ value: '2025-08-13', range: { from: '2025-08-10', to: '2025-08-20' } });
  });

  it('keeps "nearly three years after" on the near side of the anniversary', () => {
    const text = 'Nearly three years after the invasion, talks begin.';
    const result = inferPublished(
      input(
        text,
        [['Nearly three years', 'DURATION', 'P3Y', ['duration']]],
        [['the invasion', '2022-02-24']],
      ),
    );
    expect(result.range).toEqual({ from: '2024-08-24', to: '2025-02-24' });
    expect(result.precision).toBe('year');
  });

  it('does not use a duration that does not point at the anchor', () => {
    const text = 'After the invasion, the war has lasted three years.';
    const result = inferPublished(
      input(text, [['three years', 'DURATION', 'P3Y', ['duration']]], [['the invasion', '2022-02-24']]),
    );
    expect(result.basis).toBe('unknown');
  });

  it('does not use a relative expression with no anchor in its sentence', () => {
    const text = 'The summit is in Alaska.\nThe envoys met last week.';
    const result = inferPublished(input(text, [['last week', 'DATE', null]], [['summit', '2025-08-15']]));
    expect(result.basis).toBe('unknown');
  });

  it('intersects cues and sets aside one that contradicts stronger evidence', () => {
    const text =
      'The talks were held on November 28, 2025.\nThe envoys were in the capital last week.\nThe forum opens later this week.';
    const result = inferPublished(
      input(
        text,
        [
          ['November 28, 2025', 'DATE', '2025-11-28'],
          ['last week', 'DATE', null],
          ['later this week', 'DATE', null],
        ],
        [
          ['envoys were in the capital', '2025-12-02'],
          ['forum opens', '2025-01-10'],
        ],
      ),
    );
    expect(result.range).toEqual({ from: '2025-12-03', to: '2025-12-15' });
    expect(result.reason).toMatch(/set aside as conflicting: "later this week"/);
  });

  it('says unknown when the cues bound only one side', () => {
    const result = inferPublished(input('The war began in 2022.', [['2022', 'DATE', '2022', ['year']]]));
    expect(result.basis).toBe('unknown');
    expect(result.reason).toMatch(/one side only/);
  });
});
