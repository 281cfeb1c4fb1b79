import { describe, expect, it } from 'vitest';
import type { Segmentation } from './segment-text.js';
import { segmentationProblems } from './segmentation-problems.js';

const TEXT = 'Talks Resume\nThey met. Both left.';

/** A correct segmentation of TEXT, written by hand; each case below breaks one rule of it. */
function valid(): Segmentation {
  return {
    paragraphs: [
      { span: { start: 0, end: 12 }, heading: true },
      { span: { start: 13, end: 32 }, heading: false },
    ],
    sentences: [
      { span: { start: 0, end: 12 }, paragraph: 0 },
      { span: { start: 13, end: 22 }, paragraph: 1 },
      { span: { start: 23, end: 32 }, paragraph: 1 },
    ],
    tokens: [
      { span: { start: 0, end: 5 }, pos: 'NOUN' },
      { span: { start: 6, end: 12 }, pos: 'VERB' },
      { span: { start: 13, end: 17 }, pos: 'PRON' },
    ],
  };
}

const BREACHES: Array<[string, (s: Segmentation) => void, string]> = [
  [
    'a sentence starting on a space',
    (s) => void (s.sentences[2]!.span.start = 22),
    'sentence 2 [22, 32) starts or ends on whitespace',
  ],
  [
    'overlapping sentences',
    (s) => void (s.sentences[2]!.span.start = 20),
    'sentence 2 [20, 32) overlaps or precedes the one before',
  ],
  [
    'a sentence in the wrong paragraph',
    (s) => void (s.sentences[1]!.paragraph = 0),
    'sentence 1 is not inside paragraph 0',
  ],
  [
    'a heading of two sentences',
    (s) => void (s.sentences[0]!.span.end = 5),
    'heading paragraph 0 is not exactly one sentence',
  ],
  [
    'a paragraph across a line break',
    (s) => void (s.paragraphs[0]!.span.end = 22),
    'paragraph 0 holds a line break',
  ],
  [
    'an empty token',
    (s) => void (s.tokens[2]!.span.end = 13),
    'token 2 [13, 13) is empty or outside the text',
  ],
  [
    'a token past the end',
    (s) => void (s.tokens[2]!.span.end = 99),
    'token 2 [13, 99) is empty or outside the text',
  ],
];

describe('segmentationProblems', () => {
  it('finds nothing wrong with a correct segmentation', () => {
    expect(segmentationProblems(TEXT, valid())).toEqual([]);
  });

  it.each(BREACHES)('reports %s', (_name, breakIt, message) => {
    const segmentation = valid();
    breakIt(segmentation);
    expect(segmentationProblems(TEXT, segmentation)).toContain(message);
  });
});
