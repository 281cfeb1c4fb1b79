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
    ['Lawyers cited a 1971 convention on aviation.', '1971', 16, '1971'],
    ['The rebels split in mid-1996.', 'mid-1996', 20, '1996'],
    ['Growth stalled in the mid-1990s.', 'mid-1990s', 22, '199'],
    ['The bomb went off in nineteen ninety-six.', 'nineteen ninety-six', 21, '1996'],
    ['He promised jobs by the year two thousand.', 'the year two thousand', 20, '2000'],
    ['It rained in January nineteen ninety-seven.', 'January nineteen ninety-seven', 13, '1997-01'],
  ])('%s → %s', (text, found, start, value) => {
    expect(run(text)).toEqual([[found, start, value, 'matcher/year']]);
  });

  it.each([
    ['Supporters waved Trump 2028 banners.'],
    ['Install version 2.0 before the update.'],
    ['The phone runs iOS 17.2 and the tool v3.1.'],
    ['Some two thousand people marched.'],
    ['Nineteen delegates and ninety observers came.'],
  ])('finds no year in: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
