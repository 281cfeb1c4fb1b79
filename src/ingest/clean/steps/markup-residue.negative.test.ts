import { describe, expect, it } from 'vitest';
import { cleanWith } from '../test-cleaning.js';
import { markupResidue } from './markup-residue.js';

describe('markup-residue: leaves prose alone', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    { name: 'a sentence ending in a letter p', raw: 'The vote split the group p.' },
    { name: 'a step number before >', raw: 'Step 3 >' },
    { name: 'a comparison mid-line', raw: 'If a > b and b > c, then a > c.' },
    { name: 'a comparison at a line start', raw: 'a > b holds for every pair.' },
    { name: 'an uppercase letter before > (not debris casing)', raw: 'Choose Plan B >' },
    { name: 'a word ending in p before >', raw: 'The group>' },
    { name: 'a broken tag in the middle of a line', raw: 'the p > q relation holds' },
    { name: 'unknown tag names', raw: 'Use <pre> or <bra> or <script>.' },
    { name: 'angle brackets without a known tag', raw: 'x < p and q > y' },
    { name: 'a heart and an arrow', raw: 'We <3 peace -> always' },
    { name: 'a tag missing its closing bracket', raw: 'Text <p' },
    { name: 'no > at all', raw: 'p h1 div' },
  ];

  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(markupResidue, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('survives a hostile input: 20,000 comparisons on one line, untouched', () => {
    const raw = 'x > y and a > b '.repeat(20_000);
    const result = cleanWith(markupResidue, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('survives a hostile input: unterminated quoted attributes', () => {
    const raw = '<p a="'.repeat(20_000);
    expect(cleanWith(markupResidue, raw).text).toBe(raw);
  });
});
