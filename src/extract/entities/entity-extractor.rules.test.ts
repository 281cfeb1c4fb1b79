import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const mentions = (text: string) => entitiesOf(text).mentions.map((m) => [m.text, m.kind]);
const entityNamed = (text: string, name: string) => entitiesOf(text).entities.find((e) => e.name === name);

describe('title-case lines: only names the body knows', () => {
  const body = '\n\nNegotiator Anna Berg spoke in Vienna. Berg said the Orlov Group would wait.';

  it('keeps a body name in a headline and cuts the run at common words', () => {
    const found = mentions(`Berg Says Next Round of Orlov Group Talks Could Open${body}`).slice(0, 2);
    expect(found).toEqual([
      ['Berg', 'person'],
      ['Orlov Group', 'organisation'],
    ]);
  });

  it('makes no organisation of a title-case run of common words', () => {
    const found = mentions(`What Comes Next for Host Cities${body}`).filter(([, kind]) => kind !== 'person');
    expect(found.map(([text]) => text)).toEqual(['Vienna', 'Orlov Group']);
  });

  it('reads a sentence-case line as usual', () => {
    expect(mentions('Talks with Gazprom resume in the spring\n\nNothing else happened.')).toEqual([
      ['Gazprom', 'organisation'],
    ]);
  });
});

describe('a title and a first name before a lower-case word', () => {
  it('read the word as the surname, and a later spelling variant joins that person', () => {
    const result = entitiesOf('Ukrainian President Volodymyr zelenskyy said no. Zelensky left early.');
    const people = result.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.name, e.aliases.map((a) => a.text)])).toEqual([
      ['Volodymyr Zelenskyy', ['Volodymyr zelenskyy', 'Zelensky']],
    ]);
  });

  it('do not take a common word for a surname', () => {
    const result = entitiesOf('President Emmanuel said the talks went well, and the talks go on.');
    expect(result.mentions.map((m) => result.entities.find((e) => e.id === m.entity)?.name)).toEqual([
      'Emmanuel',
    ]);
  });
});

describe('unknown names after a place preposition', () => {
  it.each([
    ['Shelling went on near Pokrovsk overnight.', 'Pokrovsk'],
    ['Families fled from Huliaipole on foot.', 'Huliaipole'],
    ['The delegation flew to Berdiansk last week.', 'Berdiansk'],
    ['Fighting raged around Pokrovsk and Huliaipole.', 'Huliaipole'],
  ])('%s', (text, name) => {
    expect(mentions(text)).toContainEqual([name, 'place']);
  });

  it.each([
    ['Fiat bought a stake in Chrysler on Friday.', 'Chrysler'],
    ['She wrote a letter to Gazprom.', 'Gazprom'],
    ['Gazprom said on Monday that prices at Gazprom would rise.', 'Gazprom'],
  ])('stays an organisation in %s', (text, name) => {
    expect(mentions(text)).toContainEqual([name, 'organisation']);
  });

  it('knows city spellings the city list lacks', () => {
    expect(mentions('Talks in Geneva moved to Odesa.')).toEqual([
      ['Geneva', 'place'],
      ['Odesa', 'place'],
    ]);
  });
});

describe('country short names', () => {
  it.each([
    ['Turkey', 'Türkiye'],
    ['Britain', 'United Kingdom'],
    ['Syria', 'Syria'],
    ['Moldova', 'Moldova'],
    ['Czechia', 'Czech Republic'],
    ['Ivory Coast', 'Ivory Coast'],
  ])('%s is a place, the country %s', (name, country) => {
    const entity = entityNamed(`Envoys from ${name} arrived on Monday.`, country);
    expect(entity).toMatchObject({ kind: 'place', aliases: [{ text: name, count: 1 }] });
  });

  it('reads "America" as the United States but leaves "Latin America" a region', () => {
    expect(entityNamed('America will not wait.', 'United States')?.kind).toBe('place');
    expect(entityNamed('Trade with Latin America grew.', 'Latin America')?.kind).toBe('place');
  });

  it('leaves the bird alone', () => {
    expect(mentions('They ate turkey on the day.')).toEqual([]);
  });
});

describe('demonyms and words never a name alone', () => {
  it('makes "European" and plural demonyms nationality mentions of their place', () => {
    const result = entitiesOf('European leaders met Americans and Ukrainians in Europe.');
    expect(result.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['European', 'nationality'],
      ['Americans', 'nationality'],
      ['Ukrainians', 'nationality'],
      ['Europe', 'place'],
    ]);
    expect(result.entities.map((e) => e.name)).toEqual(['Europe', 'United States', 'Ukraine']);
  });

  it('leaves "European Union" an organisation and drops "Nordic" and "Foreign" alone', () => {
    expect(mentions('The European Union and Nordic states sent Foreign aid.')).toEqual([
      ['European Union', 'organisation'],
    ]);
  });

  it('reads "NATO Secretary-General Mark Rutte" as NATO and Rutte with his role', () => {
    const result = entitiesOf('NATO Secretary-General Mark Rutte spoke to the NATO-Ukraine Council.');
    expect(result.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['NATO', 'organisation'],
      ['Mark Rutte', 'person'],
      ['NATO-Ukraine Council', 'organisation'],
    ]);
    expect(entityNamed('NATO Secretary-General Mark Rutte spoke.', 'Mark Rutte')?.roles[0]).toMatchObject({
      title: 'Secretary-General',
      of: 'NATO',
    });
  });

  it('keeps "General Motors" an organisation, not a general named Motors', () => {
    expect(mentions('Workers at General Motors struck.')).toEqual([['General Motors', 'organisation']]);
    expect(mentions('Ford Motor Company said so.')).toEqual([['Ford Motor Company', 'organisation']]);
  });

  it('still cuts a title after an organisation word: "Army Secretary Dan Driscoll"', () => {
    expect(mentions('He met Army Secretary Dan Driscoll there.')).toEqual([
      ['Army', 'organisation'],
      ['Dan Driscoll', 'person'],
    ]);
  });
});
