import { describe, expect, it } from 'vitest';
import { quotesOf } from './quote-test-kit.js';

describe('not quotes', () => {
  const cases: Array<{ name: string; text: string }> = [
    {
      name: 'scare quotes with no cue',
      text: 'The union called the plan a "so-called reform" in a leaflet handed out at the gate.',
    },
    { name: 'a title in marks', text: 'The committee reread "The Long Road Home" before the hearing began.' },
    {
      name: 'a headline in marks with no speaker',
      text: '"Harbour Deal Falls Through."\n\nThe port reopened on Friday.',
    },
    {
      name: 'apostrophes are not single marks',
      text: "Russia's envoy didn't arrive, and the delegates' patience ran thin.",
    },
    {
      name: 'a verb of saying used as a noun',
      text: 'The report on the harbour was published by the port authority.',
    },
    {
      name: 'an inanimate subject is not a speaker',
      text: 'The talks underscored the need for a common budget line.',
    },
    {
      name: 'a verb of communicating with no named speaker',
      text: 'The ferry offered little shelter from the storm that night.',
    },
    {
      name: 'a participle whose subject is no speaker',
      text: 'Crowds gathered at the port on Monday, hoping the ferries would run.',
    },
    {
      name: 'a passive has no speaker before the cue',
      text: 'Texas was called for Ruth Meyer minutes after the polls closed.',
    },
    {
      name: 'a cue followed only by where it was said',
      text: 'Ruth Meyer said in an interview before the vote closed.',
    },
    { name: 'a label before a colon that names no one', text: 'Note: Ferry times change in May.' },
    {
      name: 'a form of "show" used as a noun',
      text: 'The ferry show opened on Friday with a new cast of sailors.',
    },
    {
      name: 'a scare quote in two apostrophes',
      text: "The union called the plan a ''quick fix'' in a leaflet.",
    },
    {
      name: 'an empty pair of two apostrophes',
      text: "The clerk left the field blank ('') on the form, and the harbour stayed shut.",
    },
    {
      name: 'a learned verb of stance with no named speaker',
      text: 'The harbour storm lamented the closure of the night ferry to the islands.',
    },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('an unclosed mark never swallows the following paragraphs', () => {
    const text =
      'The council met at noon.\n\nLea Frank began: "The vote will be held soon\n\nA reporter paragraph.\n\n"A later quote," said Omar Haddad.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.unclosed])).toEqual([
      ['The vote will be held soon', true],
      ['A later quote,', false],
    ]);
    expect(quotes[1]).toMatchObject({ speaker: 'Omar Haddad' });
  });

  it('the unnamed official stays unnamed even when a named person is near', () => {
    const quotes = quotesOf('Ursula Brand left early. "The money is not there," a senior EU official said.');
    expect(quotes[0]).toMatchObject({ speaker: 'a senior EU official', via: 'description' });
  });

  it('hostile input: stray marks, empty quotes and a very long unclosed quote stay bounded', () => {
    const long = `"${'word '.repeat(3000)}`;
    const text = `"" ” " '' “\n\n${long}\n\nThe end of the article, said nobody.`;
    const quotes = quotesOf(text);
    for (const q of quotes) expect(q.text.includes('The end of the article')).toBe(false);
  });
});

describe('issue #5 direct-quote rules that must not fire', () => {
  it('a lower-case quote after a comma is never direct', () => {
    const quotes = quotesOf('Ada Lind said on Monday, "we will see what the council decides."');
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
  it('a fragment after "and" sharing a split quote cue is never direct', () => {
    const text = '"The plan is too slow," Ada Lind wrote in a letter to the mayor, and "far too costly."';
    expect(
      quotesOf(text)
        .filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['The plan is too slow,']);
  });
  it.each([
    [
      'a paragraph of its own',
      'The council met at noon.\n\n"Nothing about this plan will help the harbour workers."\n\nThe vote is on Friday.',
    ],
    [
      'a sentence of its own',
      'The council met at noon. "Nothing about this plan will help the harbour workers." The vote is on Friday.',
    ],
  ])('a quote nobody says, standing as %s, is dropped', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('headlines', () => {
  it('a quote in the first line, a heading, is not a quote', () => {
    expect(quotesOf('Mayor Says “We Will Rebuild”\n\nThe mayor spoke to residents on the square.')).toEqual(
      [],
    );
  });
});

describe('reported speech rules that must not fire', () => {
  const cases: Array<{ name: string; text: string }> = [
    {
      name: 'a cue in the middle with no speaker words',
      text: 'The harbour plan, frankly said, is too costly.',
    },
    {
      name: 'a noun of claiming with no possessor',
      text: 'The claim that the vote was rigged went unanswered.',
    },
    {
      name: 'an apposition that follows no name',
      text: 'In the end, after a long meeting, said nothing about the vote.',
    },
    { name: '"called on" a day is not a cue', text: 'Paul Wendt called on Monday to ask about the tickets.' },
    { name: 'a thing that wants is not a speaker', text: 'The talks wanted a fresh start after the summer.' },
    { name: 'a negative pronoun does not speak', text: 'The vote was fair and open, said nobody at all.' },
    { name: 'a speaker phrase ending in "to"', text: 'There was no way to tell that the ferry was late.' },
    { name: 'one word of content is no statement', text: 'Ruth Meyer denied it.' },
    {
      name: 'a participle after a comma is no inverted cue',
      text: 'The ferry stayed in port all week, explaining the delay.',
    },
    {
      name: 'a capitalised verb form inside a name is no cue',
      text: 'Port spokeswoman Hope Lind met the envoys in Riga on Monday.',
    },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(quotesOf(text).filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('the addressee is kept in the content when a verb comes before "that"', () => {
    const quotes = quotesOf('Mara Lind told reporters who waited outside that the ferry would stay.');
    expect(quotes.map((q) => q.text)).toEqual(['reporters who waited outside that the ferry would stay']);
  });

  it('an apposition after an inverted speaker keeps a relative clause', () => {
    const text =
      'The tariff talks will resume in May, said Mara Lind, a lawyer at the port, who chairs the board.';
    expect(quotesOf(text).map((q) => q.speakerText)).toEqual([
      'Mara Lind, a lawyer at the port, who chairs the board',
    ]);
  });

  it('title words do not reach over a verb', () => {
    const quotes = quotesOf('Voters in the old town backed by Mara Lind said the ferry would stay.');
    expect(quotes.map((q) => q.speakerText)).toEqual(['Mara Lind']);
  });

  it('content runs on over "and that": no participle opens a new attribution', () => {
    const quotes = quotesOf(
      'Ruth Meyer said the ferry fares would rise, and that the islands would pay less.',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'the ferry fares would rise, and that the islands would pay less',
    ]);
  });

  it('"he" does not go to the nearer woman', () => {
    const quotes = quotesOf('Tom Miller met Anna Berg on Monday. He said the hospital would stay open.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Miller']);
  });
});
