import { describe, expect, it } from 'vitest';
import { quotesOf } from './quote-test-kit.js';

/** One case per new cue family: the reported words, the speaker words, the resolved speaker, the cue. */
const cases: Array<{ name: string; text: string; want: [string, string, string | null, string] }> = [
  {
    name: 'cue in the middle of the sentence',
    text: 'The harbour plan, Mara Lind said, would cost less than the bridge.',
    want: [
      'The harbour plan, Mara Lind said, would cost less than the bridge',
      'Mara Lind',
      'Mara Lind',
      'said',
    ],
  },
  {
    name: 'possessive and a noun of claiming',
    text: "Ruth Meyer's claim that the vote was rigged went unanswered.",
    want: ['that the vote was rigged went unanswered', "Ruth Meyer's", 'Ruth Meyer', 'claim'],
  },
  {
    name: 'name with an apposition before the cue',
    text: 'Peter Vogel, a lawyer at the Hanseatic Bank, said the contract had been signed.',
    want: [
      'the contract had been signed',
      'Peter Vogel, a lawyer at the Hanseatic Bank,',
      'Peter Vogel',
      'said',
    ],
  },
  {
    name: 'two speakers joined by "and"',
    text: 'Anna Berg and Tomas Weller said the budget would pass in spring.',
    want: ['the budget would pass in spring', 'Anna Berg and Tomas Weller', 'Tomas Weller', 'said'],
  },
  {
    name: 'an organisation described, before a plain verb of saying',
    text: 'The city council said it would reopen the library next year.',
    want: ['it would reopen the library next year', 'The city council', 'The city council', 'said'],
  },
  {
    name: 'a cue with its particle',
    text: 'Mayor Jan Holt called for a new tram line through the old town.',
    want: ['a new tram line through the old town', 'Mayor Jan Holt', 'Jan Holt', 'called for'],
  },
  {
    name: 'a verb of wanting',
    text: 'Clara Stein wants to double the number of night buses.',
    want: ['to double the number of night buses', 'Clara Stein', 'Clara Stein', 'wants'],
  },
  {
    name: 'a relative pronoun speaker',
    text: 'The panel heard from Jonas Petersen, who said the ferry was unsafe.',
    want: ['the ferry was unsafe', 'who', 'Jonas Petersen', 'said'],
  },
  {
    name: '"she" skips the nearer man',
    text: 'Anna Berg met Tom Miller on Monday. She said the hospital would stay open.',
    want: ['the hospital would stay open', 'She', 'Anna Berg', 'said'],
  },
];

describe('reported speech families', () => {
  it.each(cases)('$name', ({ text, want }) => {
    const quotes = quotesOf(text).filter((q) => q.kind === 'indirect');
    expect(quotes).toHaveLength(1);
    const quote = quotes[0]!;
    expect([quote.text, quote.speakerText, quote.speaker, quote.cue]).toEqual(want);
    expect(text.slice(quote.span.start, quote.span.end)).toBe(want[0]);
  });
});
