import { describe, expect, it } from 'vitest';
import { sentenceInputOf } from '../times-of.js';
import { yearMatcher } from './year-matcher.js';

const run = (text: string) =>
  yearMatcher(sentenceInputOf(text)).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.span.start,
    c.value,
    c.matcher,
  ]);

describe('yearMatcher', () => {
  it.each([
    ['Crimea was annexed in 2014.', '2014', 22, '2014'],
    ['The conflict has simmered since 2014, officials said.', '2014', 32, '2014'],
    ['The goal is membership by 2030.', '2030', 26, '2030'],
    ['Since the 2022 invasion, trade has collapsed.', '2022', 10, '2022'],
    ['The treaty dates from the 1990s.', '1990s', 26, '199'],
    ['It was a different world in the 2000s.', '2000s', 32, '200'],
    ['His failed 1996 campaign for office ended badly.', '1996', 11, '1996'],
  ])('%s → %s', (text, found, start, value) => {
    expect(run(text)).toEqual([[found, start, value, 'matcher/year']]);
  });
});
