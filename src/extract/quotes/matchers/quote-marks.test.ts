import { describe, expect, it } from 'vitest';
import { findMarkedStretches } from './quote-marks.js';

function stretches(text: string): Array<[string, boolean, boolean]> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return findMarkedStretches(text, paragraphs).map((s) => [
    text.slice(s.inner.start, s.inner.end),
    s.unclosed,
    s.multiParagraph,
  ]);
}

describe('findMarkedStretches', () => {
  it.each([
    ['straight marks', 'He said "we stay" and left.', [['we stay', false, false]]],
    ['curly marks', 'He said “we stay” and left.', [['we stay', false, false]]],
    [
      'two quotes in one paragraph',
      '“One,” she said. “Two.”',
      [
        ['One,', false, false],
        ['Two.', false, false],
      ],
    ],
    ['nested single marks', '“He told me ‘no’ twice,” she said.', [['He told me ‘no’ twice,', false, false]]],
    ['single marks when no double marks', "'We stay,' she said.", [['We stay,', false, false]]],
    ['multi-paragraph', '“First part.\n“Second part.”', [['First part.\n“Second part.', false, true]]],
    ['unclosed, cut at the paragraph end', '“Never closed\nNext paragraph.', [['Never closed', true, false]]],
    [
      'a curly opener after a stray straight mark',
      '"Stray line with “real words” here.',
      [['real words', false, false]],
    ],
  ] as const)('%s', (_name, text, want) => {
    expect(stretches(text)).toEqual(want);
  });

  it.each([
    ['apostrophes', "Russia's envoy didn't come."],
    ['a lone closing mark', 'odd” mark'],
    ['a straight mark before a space', 'a 12" pipe'],
  ])('nothing in %s', (_name, text) => {
    expect(stretches(text)).toEqual([]);
  });
});
