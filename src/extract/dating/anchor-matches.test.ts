import { describe, expect, it } from 'vitest';
import type { PackAnchor, Sentence } from '../../model/index.js';
import { findAnchorMatches } from './anchor-matches.js';
import { inferPublished } from './infer-published.js';

const summit: PackAnchor = {
  id: 'island-summit',
  label: 'the island summit',
  date: '2025-08-15',
  cues: ['summit island'],
};
const forum: PackAnchor = { id: 'forum', label: 'the spring forum', date: '2025-03', cues: ['spring forum'] };

function oneSentence(text: string): Sentence[] {
  return [{ span: { start: 0, end: text.length }, paragraph: 0 }];
}

describe('findAnchorMatches', () => {
  it('matches a cue within its gap strictly, and further apart loosely', () => {
    const near = 'The summit on the island ends today.';
    expect(findAnchorMatches(near, oneSentence(near), [{ anchor: summit, basis: 'pack' }])).toEqual([
      {
        span: { start: 4, end: 24 },
        anchorId: 'island-summit',
        label: 'the island summit',
        date: '2025-08-15',
        basis: 'pack',
      },
    ]);
    const far =
      'They meet two days before a summit between the two presidents and their many advisers on the island.';
    const [match] = findAnchorMatches(far, oneSentence(far), [{ anchor: summit, basis: 'pack' }]);
    expect(match?.loose).toBe(true);
  });

  it('gives a month anchor its whole month', () => {
    const text = 'Delegates gather at the spring forum.';
    const [match] = findAnchorMatches(text, oneSentence(text), [{ anchor: forum, basis: 'corpus' }]);
    expect(match).toMatchObject({ date: '2025-03-01', end: '2025-03-31', basis: 'corpus' });
  });

  it('finds nothing when a cue word is missing', () => {
    const text = 'The summit was held in the capital.';
    expect(findAnchorMatches(text, oneSentence(text), [{ anchor: summit, basis: 'pack' }])).toEqual([]);
  });
});

describe('loose anchor matches in dating', () => {
  const long =
    'They meet two days before a summit between the two presidents and their many advisers on the island.';
  const times = [
    {
      span: { start: 10, end: 18 },
      type: 'DURATION' as const,
      value: 'P2D',
      stated: ['duration'],
      matcher: 't',
    },
  ];

  it('date an article through "two days before" a long noun phrase', () => {
    const anchors = findAnchorMatches(long, oneSentence(long), [{ anchor: summit, basis: 'pack' }]);
    const result = inferPublished({
      text: long,
      paragraphs: [],
      sentences: oneSentence(long),
      times,
      anchors,
    });
    expect(result).toMatchObject({ value: '2025-08-13', basis: 'inferred' });
  });

  it('are not used for a bare relative expression', () => {
    const text = 'Last week the summit was moved and the many advisers flew out to the island.';
    const anchors = findAnchorMatches(text, oneSentence(text), [{ anchor: summit, basis: 'pack' }]);
    const lastWeek = [
      { span: { start: 0, end: 9 }, type: 'DATE' as const, value: null, stated: [], matcher: 't' },
    ];
    expect(anchors[0]?.loose).toBe(true);
    expect(
      inferPublished({ text, paragraphs: [], sentences: oneSentence(text), times: lastWeek, anchors }).basis,
    ).toBe('unknown');
  });
});
