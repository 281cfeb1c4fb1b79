import { describe, expect, it } from 'vitest';
import type { KnownAnchor, Sentence } from '../../model/index.js';
import { findAnchoredTimes } from '../anchored/find-anchored-times.js';
import { findAnchorMatches, knownAnchor } from './anchor-matches.js';
import { inferPublished } from './infer-published.js';

const summit: KnownAnchor = {
  id: 'island-summit',
  label: 'the island summit',
  date: '2025-08-15',
  cues: ['summit island'],
  basis: 'pack',
};
const forum = knownAnchor(
  { id: 'forum', label: 'the spring forum', date: '2025-03', cues: ['spring forum'] },
  'corpus',
);

function oneSentence(text: string): Sentence[] {
  return [{ span: { start: 0, end: text.length }, paragraph: 0 }];
}

describe('findAnchorMatches', () => {
  it('matches a cue within its gap strictly, and further apart loosely', () => {
    const near = 'The summit on the island ends today.';
    expect(findAnchorMatches(near, oneSentence(near), [summit])).toEqual([
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
    const [match] = findAnchorMatches(far, oneSentence(far), [summit]);
    expect(match?.loose).toBe(true);
  });

  it('gives a month anchor its whole month', () => {
    const text = 'Delegates gather at the spring forum.';
    const [match] = findAnchorMatches(text, oneSentence(text), [forum]);
    expect(match).toMatchObject({ date: '2025-03-01', end: '2025-03-31', basis: 'corpus' });
  });

  it('finds nothing when a cue word is missing', () => {
    const text = 'The summit was held in the capital.';
    expect(findAnchorMatches(text, oneSentence(text), [summit])).toEqual([]);
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
    const sentences = oneSentence(long);
    const anchors = findAnchorMatches(long, sentences, [summit]);
    const anchoredTimes = findAnchoredTimes(long, sentences, times, [summit]);
    expect(anchoredTimes[0]).toMatchObject({
      value: '2025-08-13',
      relation: 'before',
      anchor: { id: 'island-summit', basis: 'pack' },
    });
    const result = inferPublished({ text: long, paragraphs: [], sentences, times, anchors, anchoredTimes });
    expect(result).toMatchObject({ value: '2025-08-13', basis: 'inferred' });
  });

  it('are not used for a bare relative expression', () => {
    const text = 'Last week the summit was moved and the many advisers flew out to the island.';
    const anchors = findAnchorMatches(text, oneSentence(text), [summit]);
    const lastWeek = [
      { span: { start: 0, end: 9 }, type: 'DATE' as const, value: null, stated: [], matcher: 't' },
    ];
    expect(anchors[0]?.loose).toBe(true);
    expect(
      inferPublished({ text, paragraphs: [], sentences: oneSentence(text), times: lastWeek, anchors }).basis,
    ).toBe('unknown');
  });
});
