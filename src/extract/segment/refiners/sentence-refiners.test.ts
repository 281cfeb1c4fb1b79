import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../model/index.js';
import { spansOf } from '../spans-of.js';
import { abbreviationRefiner } from './abbreviation-refiner.js';
import { fragmentRefiner } from './fragment-refiner.js';
import { headingRefiner } from './heading-refiner.js';
import { quoteRefiner } from './quote-refiner.js';
import type { SentenceRefiner } from './sentence-refiner.js';
import { refineSentences, sentenceRefiners } from './sentence-refiners.js';
import { trimRefiner } from './trim-refiner.js';

/**
 * Each refiner on its own, fed boundaries written by hand rather than wink's, so these tests pin the
 * refiner's rule even where wink already gets the boundary right.
 */
interface Case {
  name: string;
  refiner: SentenceRefiner;
  text: string;
  /** The pieces the refiner is given, in order; their spans are found in `text`. */
  given: string[];
  expected: string[];
  heading?: boolean;
}

const CASES: Case[] = [
  {
    name: 'abbreviation: merges after a title',
    refiner: abbreviationRefiner,
    text: 'He met Gen. Smith.',
    given: ['He met Gen.', 'Smith.'],
    expected: ['He met Gen. Smith.'],
  },
  {
    name: 'abbreviation: splits an initialism before a function word',
    refiner: abbreviationRefiner,
    text: 'Talks with the E.U. It said no.',
    given: ['Talks with the E.U. It said no.'],
    expected: ['Talks with the E.U.', 'It said no.'],
  },
  {
    name: 'abbreviation: never splits after a title',
    refiner: abbreviationRefiner,
    text: 'Mr. The Rock spoke.',
    given: ['Mr. The Rock spoke.'],
    expected: ['Mr. The Rock spoke.'],
  },
  {
    name: 'quote: moves a closing quote back to its sentence',
    refiner: quoteRefiner,
    text: 'He said: "Ready." Then he left.',
    given: ['He said: "Ready.', '" Then he left.'],
    expected: ['He said: "Ready."', 'Then he left.'],
  },
  {
    name: 'quote: a closing quote that was a whole sentence disappears into the one before',
    refiner: quoteRefiner,
    text: 'He said: “Ready.” ',
    given: ['He said: “Ready.', '”'],
    expected: ['He said: “Ready.”'],
  },
  {
    name: 'quote: joins a lower-case attribution',
    refiner: quoteRefiner,
    text: '"Why?" she asked.',
    given: ['"Why?"', 'she asked.'],
    expected: ['"Why?" she asked.'],
  },
  {
    name: 'fragment: a list marker joins its item',
    refiner: fragmentRefiner,
    text: '2. The second point.',
    given: ['2.', 'The second point.'],
    expected: ['2. The second point.'],
  },
  {
    name: 'fragment: a lone table bar joins the sentence before',
    refiner: fragmentRefiner,
    text: '| Talks | They ended. |',
    given: ['| Talks | They ended.', '|'],
    expected: ['| Talks | They ended. |'],
  },
  {
    name: 'fragment: a leading symbol joins the sentence after',
    refiner: fragmentRefiner,
    text: '» Talks ended.',
    given: ['»', 'Talks ended.'],
    expected: ['» Talks ended.'],
  },
  {
    name: 'trim: trims and drops empty spans',
    refiner: trimRefiner,
    text: '  Talks ended.   ',
    given: ['  Talks ended. ', '  '],
    expected: ['Talks ended.'],
  },
  {
    name: 'heading: a heading is its whole line',
    refiner: headingRefiner,
    text: 'Talks in the U.S. Capital. Day Two',
    given: ['Talks in the U.S.', 'Capital.', 'Day Two'],
    expected: ['Talks in the U.S. Capital. Day Two'],
    heading: true,
  },
];

describe('sentence refiners, one at a time', () => {
  it.each(CASES)('$name', ({ refiner, text, given, expected, heading }) => {
    const paragraph: Paragraph = {
      span: { start: 0, end: text.trimEnd().length },
      heading: heading ?? false,
    };
    const input = spansOf(text, given);
    const frozen = JSON.stringify(input);
    const refined = refiner(input, { text, paragraph });
    expect(refined).toEqual(spansOf(text, expected));
    expect(refined.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    expect(JSON.stringify(input)).toBe(frozen);
  });
});

describe('refineSentences', () => {
  it('runs the refiners in their documented order', () => {
    expect(sentenceRefiners).toEqual([
      abbreviationRefiner,
      quoteRefiner,
      fragmentRefiner,
      trimRefiner,
      headingRefiner,
    ]);
  });

  it('chains them: an abbreviation merge, then a quote merge, then trimming', () => {
    const text = '"Will Gen. Smith come?" she asked. ';
    const paragraph: Paragraph = { span: { start: 0, end: 34 }, heading: false };
    const given = spansOf(text, ['"Will Gen.', 'Smith come?"', 'she asked. ']);
    const refined = refineSentences(given, { text, paragraph });
    expect(refined).toEqual([{ start: 0, end: 34 }]);
    expect(text.slice(0, 34)).toBe('"Will Gen. Smith come?" she asked.');
  });
});
