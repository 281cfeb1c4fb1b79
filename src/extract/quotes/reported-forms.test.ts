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
  {
    name: 'a verb of communicating after a name',
    text: 'Mara Lind offered the ferry operators a new timetable for the winter.',
    want: ['the ferry operators a new timetable for the winter', 'Mara Lind', 'Mara Lind', 'offered'],
  },
  {
    name: 'a participle of saying takes the sentence subject',
    text: 'Mara Lind toured the harbour on Monday, saying the tariff would end soon.',
    want: ['the tariff would end soon', 'Mara Lind', 'Mara Lind', 'saying'],
  },
  {
    name: 'a verb of saying after "and" takes the sentence subject',
    text: 'Mara Lind met the envoys in Riga and said the tariff would end soon.',
    want: ['the tariff would end soon', 'Mara Lind', 'Mara Lind', 'said'],
  },
  {
    name: 'a label before a colon',
    text: 'Mara Lind met the envoys in Riga.\n\nLind: Tariff talks will resume in May.',
    want: ['Tariff talks will resume in May', 'Lind', 'Mara Lind', ':'],
  },
  {
    name: 'where it was said is left out of the content',
    text: 'Ruth Meyer said in a statement that the ferry fares would rise.',
    want: ['that the ferry fares would rise', 'Ruth Meyer', 'Ruth Meyer', 'said'],
  },
  {
    name: 'the source of "according to" runs to the sentence end',
    text: 'The ferry fares rose by a tenth, according to records filed by the port authority.',
    want: [
      'The ferry fares rose by a tenth',
      'records filed by the port authority',
      'records filed by the port authority',
      'according to',
    ],
  },
  {
    name: 'a speaker after the cue keeps its apposition',
    text: 'The tariff talks will resume in May, said Mara Lind, a lawyer at the port authority.',
    want: [
      'The tariff talks will resume in May',
      'Mara Lind, a lawyer at the port authority',
      'Mara Lind',
      'said',
    ],
  },
  {
    name: 'a hyphenated title before a name',
    text: 'Liberal front-runner Mara Lind said the tariff would end soon.',
    want: ['the tariff would end soon', 'Liberal front-runner Mara Lind', 'Mara Lind', 'said'],
  },
  {
    name: 'a description with "for the"',
    text: 'A spokeswoman for the Baltic Ferry Union said the strike would end on Friday.',
    want: [
      'the strike would end on Friday',
      'A spokeswoman for the Baltic Ferry Union',
      'Baltic Ferry Union',
      'said',
    ],
  },
  {
    name: 'a time between the speaker and the cue',
    text: 'Mara Lind on Monday criticized the plan to double the ferry tariff.',
    want: ['the plan to double the ferry tariff', 'Mara Lind', 'Mara Lind', 'criticized'],
  },
  {
    name: 'an aside between commas is not part of the speaker',
    text: 'Mara Lind, however, said the tariff would end soon.',
    want: ['the tariff would end soon', 'Mara Lind', 'Mara Lind', 'said'],
  },
  {
    name: 'an age between commas is part of the speaker',
    text: 'Mara Lind, 54, said the tariff would end soon.',
    want: ['the tariff would end soon', 'Mara Lind, 54,', 'Mara Lind', 'said'],
  },
  {
    name: 'a verb of thinking with a described speaker',
    text: 'Few delegates believe the ferry tariff will survive the winter.',
    want: ['the ferry tariff will survive the winter', 'Few delegates', 'Few delegates', 'believe'],
  },
  {
    name: 'a verb of preference',
    text: 'Ruth Meyer prefers a lower ferry tariff for the islands.',
    want: ['a lower ferry tariff for the islands', 'Ruth Meyer', 'Ruth Meyer', 'prefers'],
  },
  {
    name: 'a learned verb of stance after a name',
    text: 'Mara Lind lamented the closure of the night ferry to the islands.',
    want: ['the closure of the night ferry to the islands', 'Mara Lind', 'Mara Lind', 'lamented'],
  },
  {
    name: 'lower-case title words before a name',
    text: 'Democratic mayoral candidate Mara Lind said the ferry would stay.',
    want: ['the ferry would stay', 'Democratic mayoral candidate Mara Lind', 'Mara Lind', 'said'],
  },
  {
    name: '"of" between capitalised title words',
    text: 'Secretary of State Mara Lind said the ferry would stay.',
    want: ['the ferry would stay', 'Secretary of State Mara Lind', 'Mara Lind', 'said'],
  },
  {
    name: 'the addressee of "told" is left out of the content',
    text: 'Mara Lind told reporters outside the hall that the ferry would stay.',
    want: ['that the ferry would stay', 'Mara Lind', 'Mara Lind', 'told'],
  },
  {
    name: 'a verb form inside a capitalised name is no cue',
    text: 'Port spokeswoman Hope Lind confirmed the ferry would stay.',
    want: ['the ferry would stay', 'Port spokeswoman Hope Lind', 'Hope Lind', 'confirmed'],
  },
  {
    name: 'an apposition after an inverted speaker stops before a participle',
    text: 'The tariff talks will resume in May, said Mara Lind, a lawyer at the port, explaining the delay.',
    want: ['The tariff talks will resume in May', 'Mara Lind, a lawyer at the port,', 'Mara Lind', 'said'],
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

describe('content ends before a participle of saying', () => {
  it('"…, adding that …" is an attribution of its own', () => {
    const quotes = quotesOf(
      'Ruth Meyer said the ferry fares would rise, adding that the islands would pay less.',
    );
    expect(quotes.map((q) => [q.text, q.speakerText, q.cue])).toEqual([
      ['the ferry fares would rise', 'Ruth Meyer', 'said'],
      ['that the islands would pay less', 'Ruth Meyer', 'adding'],
    ]);
  });
});

describe('quotes in two apostrophes', () => {
  it("''…'' is a direct quote with its speaker, and the cue inside it is not read", () => {
    const quotes = quotesOf("''I think the tariff will pass,'' Ruth Meyer said.");
    expect(quotes.map((q) => [q.text, q.kind, q.speaker, q.cue])).toEqual([
      ['I think the tariff will pass,', 'direct', 'Ruth Meyer', 'said'],
    ]);
  });
});
