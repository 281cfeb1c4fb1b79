import { describe, expect, it } from 'vitest';
import { quoteExtractor } from './quote-extractor.js';
import { quotesOf } from './quote-test-kit.js';

describe('quoteExtractor contract', () => {
  it('declares its layers and reads the reference date', () => {
    expect(quoteExtractor.name).toBe('quotes');
    expect(quoteExtractor.version).toBe(1);
    expect(quoteExtractor.readsReferenceDate).toBe(true);
    expect(quoteExtractor.provides).toEqual(['quotes']);
    expect(quoteExtractor.requires).toEqual([
      'paragraphs',
      'sentences',
      'tokens',
      'mentions',
      'entities',
      'times',
    ]);
  });
});

describe('direct quotes', () => {
  const cases: Array<{ name: string; text: string; want: Array<Record<string, unknown>> }> = [
    {
      name: 'straight marks, name after the quote',
      text: '"We will not sign this draft," Tomas Berg said.',
      want: [
        {
          text: 'We will not sign this draft,',
          kind: 'direct',
          speaker: 'Tomas Berg',
          via: 'name',
          cue: 'said',
        },
      ],
    },
    {
      name: 'curly marks, cue before the name, apposition kept in the speaker words',
      text: '“The harbour stays open,” said Piotr Nowak, the port director.',
      want: [
        {
          text: 'The harbour stays open,',
          speaker: 'Piotr Nowak',
          speakerText: 'Piotr Nowak, the port director',
          cue: 'said',
        },
      ],
    },
    {
      name: 'cue and colon before the quote',
      text: 'Greta Holm, the mayor, summed it up: “Nobody here wants a second winter like this one.”',
      want: [{ text: 'Nobody here wants a second winter like this one.', speaker: 'Greta Holm' }],
    },
    {
      name: 'participle cue takes the sentence subject',
      text: 'Anton Weiss sounded hopeful, adding, "The next round could bring a real result."',
      want: [{ speaker: 'Anton Weiss', cue: 'adding' }],
    },
    {
      name: 'pronoun speaker goes to the nearest person before it',
      text: 'Mayor Lena Brandt arrived late. She said, “Nobody told us about the closure of the bridge.”',
      want: [{ speaker: 'Lena Brandt', speakerText: 'She', via: 'pronoun', cue: 'said' }],
    },
    {
      name: 'nested single marks stay inside the double-quoted quote',
      text: '"We heard him say \'never again\' in the hall," said Ines Vidal.',
      want: [{ text: "We heard him say 'never again' in the hall,", speaker: 'Ines Vidal' }],
    },
    {
      name: 'dash attribution',
      text: 'Voters spoke after the count.\n\n“The vote was fair and the count was clean.” ― Karl Svensson',
      want: [{ speaker: 'Karl Svensson', cue: '―' }],
    },
    {
      name: 'possessive speaker before a noun of speech',
      text: 'Hugo Lindqvist spoke first. Lindqvist\'s warning echoed through the hall: "We cannot wait another year."',
      want: [{ speaker: 'Hugo Lindqvist', via: 'name' }],
    },
    {
      name: 'according to before the quote',
      text: 'According to Lars Moen, "the second round will be harder than the first."',
      want: [{ speaker: 'Lars Moen', cue: 'According to' }],
    },
    {
      name: 'an abbreviation inside the apposition does not end the attribution',
      text: '"The override will pass," Senator Ruth Dale, R-Ky., said.',
      want: [{ speaker: 'Ruth Dale', speakerText: 'Senator Ruth Dale, R-Ky.,', cue: 'said' }],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    expect(quotesOf(text)).toMatchObject(want);
  });

  it('a quote after "that," belongs to reported speech: partial', () => {
    const quotes = quotesOf('Jan Olsen said that, "the harbour will stay open all winter."');
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'partial', speaker: 'Jan Olsen' }));
    expect(quotes.some((q) => q.kind === 'direct')).toBe(false);
  });

  it('split quote: two quotes, the second carried with the same speaker and cue', () => {
    const quotes = quotesOf("'We will return,' Marco Bellini said. 'The border is still closed.'");
    expect(quotes).toMatchObject([
      { text: 'We will return,', speaker: 'Marco Bellini', via: 'name', cue: 'said' },
      {
        text: 'The border is still closed.',
        speaker: 'Marco Bellini',
        via: 'carried',
        speakerText: null,
        cue: 'said',
      },
    ]);
  });

  it('split quote around a mid-sentence cue', () => {
    const quotes = quotesOf('"The first half," Nina Petrov said, "is the easy part of the plan."');
    expect(quotes.map((q) => [q.text, q.speaker, q.via])).toEqual([
      ['The first half,', 'Nina Petrov', 'name'],
      ['is the easy part of the plan.', 'Nina Petrov', 'carried'],
    ]);
  });

  it('multi-paragraph quote: one quote from the first mark to the last', () => {
    const text =
      'Elena Ruiz listed her pledges, saying: "Our first pledge is cheaper bread.\n\n"Our second pledge is safer streets."\n\nThe crowd cheered.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Elena Ruiz', unclosed: false });
    expect(quotes[0]!.text).toBe(
      'Our first pledge is cheaper bread.\n\n"Our second pledge is safer streets.',
    );
  });

  it('missing closing mark: reported and cut at the paragraph end', () => {
    const text =
      'Rafael Costa met the envoy. "This paper is not a plan, he insisted.\n\nThe next paragraph is the reporter again.';
    const quotes = quotesOf(text);
    expect(quotes[0]).toMatchObject({ text: 'This paper is not a plan, he insisted.', unclosed: true });
    expect(quotes[0]!.span.end).toBe(text.indexOf('\n\n'));
  });

  it('addressee after the cue', () => {
    const quotes = quotesOf(
      'Sofia Marin met Jonas Ek in the capital. "You can count on us," Marin assured Ek.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Sofia Marin', cue: 'assured', addressee: 'Jonas Ek' });
  });

  it('statement date from the cue, else the article date', () => {
    const quotes = quotesOf('"We have waited long enough," Anna Kovacs said on Tuesday. "Now we act."');
    expect(quotes.map((q) => [q.date, q.dateBasis])).toEqual([
      ['2025-03-04', 'statement'],
      ['2025-03-04', 'statement'],
    ]);
    expect(quotesOf('"We have waited long enough," Anna Kovacs said.')[0]).toMatchObject({
      date: '2025-03-05',
      dateBasis: 'article',
    });
  });

  it('unnamed speaker keeps its description and no entity', () => {
    const quotes = quotesOf('“The offer is not serious,” a senior EU official said.');
    expect(quotes[0]).toMatchObject({ speaker: 'a senior EU official', via: 'description' });
  });
});

describe('partial quotes', () => {
  it('a fragment inside the reporter sentence takes the sentence speaker', () => {
    const quotes = quotesOf(
      'Ivan Petrenko has warned that the pause would only be a “breathing space for the next push”.',
    );
    expect(quotes).toContainEqual(
      expect.objectContaining({
        text: 'breathing space for the next push',
        kind: 'partial',
        speaker: 'Ivan Petrenko',
        cue: 'warned',
      }),
    );
  });

  it('a fragment after a participle cue takes the subject of the first cue', () => {
    const quotes = quotesOf('Clara Vogt announced new funding, calling it "a down payment on trust".');
    expect(quotes).toContainEqual(
      expect.objectContaining({ text: 'a down payment on trust', kind: 'partial', speaker: 'Clara Vogt' }),
    );
  });
});
