import { describe, expect, it } from 'vitest';
import { inputOf } from '../quote-test-kit.js';
import { indirectMatcher } from './indirect-matcher.js';
import { markMatcher, opensStatement } from './mark-matcher.js';

const paragraph = (text: string) => [{ span: { start: 0, end: text.length }, heading: false }];

describe('opensStatement', () => {
  it.each([
    ['at the start of a sentence', 'He came. "We stay."', true],
    ['after a colon', 'He said: "We stay."', true],
    ['after a comma', 'He said, "We stay."', true],
    ['after a comma, lower case', 'He said on Monday, "we stay."', false],
    ['after a cue, capitalised', 'He said "We stay."', true],
    ['inside the reporter words', 'It is a "historic moment" now.', false],
    ['after a cue, lower case', 'He said "we" would stay.', false],
  ])('%s', (_name, text, want) => {
    expect(opensStatement(text, paragraph(text), text.indexOf('"'))).toBe(want);
  });
});

describe('markMatcher', () => {
  it('proposes direct and partial quotes with their marks', () => {
    const text = 'Ada Lind spoke of a "fair deal" today. "We are close," she said.';
    const found = markMatcher(inputOf(text), []);
    expect(found.map((c) => [text.slice(c.span.start, c.span.end), c.kind, c.matcher])).toEqual([
      ['fair deal', 'partial', 'matcher/partial'],
      ['We are close,', 'direct', 'matcher/direct'],
    ]);
    expect(text.slice(found[1]!.marked!.start, found[1]!.marked!.end)).toBe('"We are close,"');
  });

  it('proposes nothing without marks', () => {
    expect(markMatcher(inputOf('Ada Lind spoke about the deal today.'), [])).toEqual([]);
  });
});

describe('indirectMatcher', () => {
  const view = (text: string) =>
    indirectMatcher(inputOf(text), []).map((c) => [
      text.slice(c.span.start, c.span.end),
      c.cue ? text.slice(c.cue.start, c.cue.end) : null,
      c.speakerPhrase ? text.slice(c.speakerPhrase.start, c.speakerPhrase.end) : null,
      c.matcher,
    ]);

  it.each([
    [
      'said that',
      'Boris Adler said that the border would reopen soon.',
      ['that the border would reopen soon', 'said', 'Boris Adler', 'matcher/indirect'],
    ],
    [
      'content first',
      'The border would reopen within days, officials said.',
      ['The border would reopen within days', 'said', 'officials', 'matcher/indirect-content-first'],
    ],
    [
      'according to',
      'According to Nadia Fares, the two sides agreed on a timetable.',
      ['the two sides agreed on a timetable', 'According to', 'Nadia Fares', 'matcher/according-to'],
    ],
    [
      'described as',
      'Petra Novak described the talks as slow but useful.',
      ['the talks as slow but useful', 'described', 'Petra Novak', 'matcher/indirect'],
    ],
    [
      'echoed the need',
      'Omar Said echoed the need for both sides to give ground.',
      ['the need for both sides to give ground', 'echoed', 'Omar Said', 'matcher/indirect'],
    ],
  ])('%s', (_name, text, want) => {
    expect(view(text)).toContainEqual(want);
  });

  it.each([
    ['a cue with too little content', 'Boris Adler said no.'],
    ['a cue inside quotation marks', '"They said we would wait for the next round," is all I heard.'],
    ['no cue at all', 'The border reopened on Monday after a long delay.'],
  ])('nothing for %s', (_name, text) => {
    const input = inputOf(text);
    expect(indirectMatcher(input, markMatcher(input, []))).toEqual([]);
  });
});
