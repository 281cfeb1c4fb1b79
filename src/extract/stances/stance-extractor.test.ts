import { describe, expect, it } from 'vitest';
import { REFERENCE_DATE, stancesOf } from './stance-test-kit.js';

interface Case {
  name: string;
  text: string;
  actor: string;
  country: string | null;
  issue: string;
  position: string;
  positionCue: string;
  issueCue: string;
}

const cases: Case[] = [
  {
    name: 'possessor of an oppose noun',
    text: "Analysts pointed to Hungary's opposition to sanctions on Russian gas.",
    actor: 'Hungary',
    country: null,
    issue: 'sanctions',
    position: 'oppose',
    positionCue: 'opposition',
    issueCue: 'sanctions',
  },
  {
    name: 'reported attitude: the speaker holds the possessive stance, for the country',
    text: "In Warsaw, Emmanuel Macron reiterated France's readiness to send peacekeepers to Ukraine.",
    actor: 'Emmanuel Macron',
    country: 'France',
    issue: 'peacekeepers',
    position: 'support',
    positionCue: 'readiness to',
    issueCue: 'peacekeepers',
  },
  {
    name: 'chained cues compose: refusal to permit',
    text: "The Kremlin's refusal to permit foreign troops in Ukraine was repeated on Monday.",
    actor: 'Kremlin',
    country: null,
    issue: 'peacekeepers',
    position: 'oppose',
    positionCue: 'refusal to permit',
    issueCue: 'foreign troops in Ukraine',
  },
  {
    name: 'negated issue action, quote speaker as holder',
    text: 'Zelensky said on Tuesday that Kyiv will not cede territory under any deal.',
    actor: 'Volodymyr Zelensky',
    country: 'Ukraine',
    issue: 'territorial-concessions',
    position: 'oppose',
    positionCue: 'not',
    issueCue: 'cede territory',
  },
  {
    name: 'negated support cue turns over',
    text: 'Robert Fico does not support new sanctions against Russia.',
    actor: 'Robert Fico',
    country: null,
    issue: 'sanctions',
    position: 'oppose',
    positionCue: 'not support',
    issueCue: 'sanctions against Russia',
  },
  {
    name: 'negated oppose cue turns over',
    text: 'Keir Starmer does not oppose the minerals deal.',
    actor: 'Keir Starmer',
    country: 'United Kingdom',
    issue: 'resources-deal',
    position: 'support',
    positionCue: 'not oppose',
    issueCue: 'minerals deal',
  },
  {
    name: 'modal requirement endorsed by the speaker',
    text: 'Trump suggested that any settlement would require Ukraine to give up territory in the east.',
    actor: 'Donald Trump',
    country: 'United States',
    issue: 'territorial-concessions',
    position: 'support',
    positionCue: 'require',
    issueCue: 'give up territory',
  },
  {
    name: 'hedged concerns are conditional',
    text: 'Friedrich Merz voiced concerns about parts of the peace plan.',
    actor: 'Friedrich Merz',
    country: null,
    issue: 'us-peace-plan',
    position: 'conditional',
    positionCue: 'concerns about',
    issueCue: 'peace plan',
  },
  {
    name: 'a cue after the issue',
    text: 'Zelensky called the territorial concessions sought by Moscow unacceptable.',
    actor: 'Volodymyr Zelensky',
    country: 'Ukraine',
    issue: 'territorial-concessions',
    position: 'oppose',
    positionCue: 'unacceptable',
    issueCue: 'territorial concessions',
  },
  {
    name: 'urging others: the strongest cue wins',
    text: 'Czech Prime Minister Petr Fiala is urging allies to boost military aid to Kyiv.',
    actor: 'Petr Fiala',
    country: 'Czech Republic',
    issue: 'military-aid',
    position: 'support',
    positionCue: 'urging',
    issueCue: 'military aid',
  },
  {
    name: 'resistance of a country',
    text: "Russia's resistance to Ukraine joining NATO has not softened.",
    actor: 'Russia',
    country: null,
    issue: 'nato-membership',
    position: 'oppose',
    positionCue: 'resistance',
    issueCue: 'joining NATO',
  },
  {
    name: 'a direct quote with a negated cue',
    text: '"We will never accept a ceasefire that freezes the front," Zelensky said.',
    actor: 'Volodymyr Zelensky',
    country: 'Ukraine',
    issue: 'ceasefire',
    position: 'oppose',
    positionCue: 'never accept',
    issueCue: 'ceasefire',
  },
  {
    name: 'country via the official’s role',
    text: 'Russian Foreign Minister Sergei Lavrov rejected any deployment of European troops in Ukraine.',
    actor: 'Sergei Lavrov',
    country: 'Russia',
    issue: 'peacekeepers',
    position: 'oppose',
    positionCue: 'rejected',
    issueCue: 'European troops in Ukraine',
  },
  {
    name: 'sentence subject: an organisation named by its head noun',
    text: "In Paris, the Coalition of the Willing met again. The coalition's aim is to ensure that Ukraine gets security guarantees.",
    actor: 'Coalition of the Willing',
    country: null,
    issue: 'security-guarantees',
    position: 'support',
    positionCue: 'ensure',
    issueCue: 'security guarantees',
  },
];

describe('stances with the Ukraine pack', () => {
  it.each(cases)('$name', ({ text, actor, country, issue, position, positionCue, issueCue }) => {
    const stances = stancesOf(text);
    expect(stances).toHaveLength(1);
    const stance = stances[0]!;
    expect(stance).toMatchObject({ actor, country, issue, position, positionCue, issueCue, basis: 'pack' });
    const sentence = text.slice(text.lastIndexOf('. ', text.indexOf(issueCue)) + 1).trim();
    expect(stance.evidence).toBe(sentence.slice(0, stance.evidence.length));
    expect(text.slice(stance.evidenceSpan.start, stance.evidenceSpan.end)).toBe(stance.evidence);
    expect(stance.confidence).toBeGreaterThan(0);
    expect(stance.confidence).toBeLessThanOrEqual(1);
  });

  it('a stance from a quote carries the quote index and its date; others the reference date', () => {
    const [quoted] = stancesOf('"We will never accept a ceasefire that freezes the front," Zelensky said.');
    expect(quoted).toMatchObject({ quote: 0, date: REFERENCE_DATE });
    const [plain] = stancesOf("Russia's resistance to Ukraine joining NATO has not softened.");
    expect(plain).toMatchObject({ quote: null, date: REFERENCE_DATE });
  });

  it('a modal lowers confidence', () => {
    const [hedged] = stancesOf('Robert Fico said Slovakia could block new sanctions against Russia.');
    const [firm] = stancesOf('Robert Fico said Slovakia will block new sanctions against Russia.');
    expect(hedged?.position).toBe('oppose');
    expect(firm?.position).toBe('oppose');
    expect(hedged!.confidence).toBeLessThan(firm!.confidence);
  });
});

describe('stances without a pack: issues clustered from the text', () => {
  it('a noun after attitude cues in two sentences becomes a topic', () => {
    const text =
      "Norway's minister backed new tariffs on steel. Denmark also opposed the tariffs on steel imports.";
    const stances = stancesOf(text, null);
    expect(stances.map((s) => [s.actor, s.issue, s.position, s.positionCue, s.issueCue, s.basis])).toEqual([
      ['Norway', 'topic:tariff', 'support', 'backed', 'tariffs', 'clustered'],
      ['Denmark', 'topic:tariff', 'oppose', 'opposed', 'tariffs', 'clustered'],
    ]);
    expect(stances[1]?.evidence).toBe('Denmark also opposed the tariffs on steel imports.');
  });

  it('a noun seen after a cue only once is no topic', () => {
    expect(stancesOf("Norway's minister backed new tariffs on steel. Denmark opened a port.", null)).toEqual(
      [],
    );
  });
});
