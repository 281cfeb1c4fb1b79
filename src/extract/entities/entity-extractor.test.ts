import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../model/index.js';
import { entitiesOf } from './entities-of.js';
import { entityExtractor } from './entity-extractor.js';

const personNamed = (result: ReturnType<typeof entitiesOf>, name: string) =>
  result.entities.find((e) => e.kind === 'person' && e.name === name);

describe('entityExtractor', () => {
  it('declares its layers', () => {
    expect(entityExtractor).toMatchObject({
      name: 'entities',
      version: 1,
      provides: ['mentions', 'entities'],
    });
  });

  it('merges "Prime Minister Keir Starmer", "Sir Keir Starmer" and "Starmer"', () => {
    const result = entitiesOf(
      'Starmer arrived first. Prime Minister Keir Starmer then spoke. Later Sir Keir Starmer left.',
    );
    const starmer = personNamed(result, 'Keir Starmer');
    expect(starmer?.aliases.map((a) => a.text)).toEqual(['Starmer', 'Keir Starmer', 'Sir Keir Starmer']);
    expect(starmer?.roles[0]).toMatchObject({ title: 'Prime Minister', basis: 'text', date: '2025-03-01' });
  });

  it('resolves a lower-case surname and a spelling variant to the full name', () => {
    const result = entitiesOf(
      'President Volodymyr Zelensky spoke. Later zelenskyy left, and Zelenskyy returned.',
    );
    const people = result.entities.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases.map((a) => a.text)).toEqual(['Volodymyr Zelensky', 'zelenskyy', 'Zelenskyy']);
  });

  it('keeps the Trump administration apart from Donald Trump', () => {
    const result = entitiesOf('President Donald Trump spoke. The Trump administration later denied it.');
    const kinds = result.mentions.map((m) => [m.text, m.kind]);
    expect(kinds).toEqual([
      ['Donald Trump', 'person'],
      ['Trump administration', 'organisation'],
    ]);
    expect(new Set(result.mentions.map((m) => m.entity)).size).toBe(2);
  });

  it('gives Kushner a relation to Trump without merging them', () => {
    const result = entitiesOf("Donald Trump sent envoys. Trump's son-in-law Jared Kushner went too.");
    const kushner = personNamed(result, 'Jared Kushner');
    expect(kushner?.roles[0]).toMatchObject({ title: 'son-in-law', of: 'Donald Trump', relation: true });
    expect(kushner?.aliases.map((a) => a.text)).toEqual(['Jared Kushner']);
    expect(personNamed(result, 'Donald Trump')?.aliases.map((a) => a.text)).toEqual([
      'Donald Trump',
      'Trump',
    ]);
  });

  it('names the relative by the fullest name even when the relation puts a title before it', () => {
    const result = entitiesOf(
      'Jared Kushner, the son-in-law of President Donald Trump, flew in. Trump stayed home.',
    );
    expect(personNamed(result, 'Jared Kushner')?.roles[0]).toMatchObject({
      of: 'Donald Trump',
      relation: true,
    });
  });

  it('keeps the written relative when the article never names that person otherwise', () => {
    const result = entitiesOf('Jared Kushner, the son-in-law of the host, flew in.');
    expect(personNamed(result, 'Jared Kushner')?.roles.every((r) => r.of !== 'Donald Trump')).toBe(true);
  });

  it('makes a nationality a mention of its country', () => {
    const result = entitiesOf('Russian Foreign Minister Sergei Lavrov met Ukrainian officials in Russia.');
    const russian = result.mentions.find((m) => m.text === 'Russian');
    const russia = result.mentions.find((m) => m.text === 'Russia');
    expect(russian?.kind).toBe('nationality');
    expect(russian?.entity).toBe(russia?.entity);
    expect(result.entities.find((e) => e.id === russia?.entity)).toMatchObject({
      kind: 'place',
      name: 'Russia',
    });
    expect(personNamed(result, 'Sergei Lavrov')?.roles[0]).toMatchObject({
      title: 'Foreign Minister',
      of: 'Russia',
    });
  });

  it('reads a list of surnames as people when one of them is known', () => {
    const result = entitiesOf('Emmanuel Macron hosted. Later Macron, Tusk and Fiala met.');
    expect(result.mentions.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual([
      'Emmanuel Macron',
      'Macron',
      'Tusk',
      'Fiala',
    ]);
  });
});

const PACK: StoryPack = {
  schema: 'parley.pack/1',
  id: 'test-pack',
  title: 'Test',
  issues: [],
  anchors: [],
  actors: [
    {
      id: 'novak',
      kind: 'person',
      name: 'Jan Novak',
      aliases: ['Honza Novak'],
      roles: [
        { title: 'Mayor', of: 'Brno', from: '2020', to: '2024-12' },
        { title: 'Governor', of: 'Moravia', from: '2025-01' },
      ],
    },
  ],
};

describe('entityExtractor with a story pack', () => {
  it('matches pack aliases, takes the pack name and fills roles valid at the reference date', () => {
    const result = entitiesOf('Honza Novak said little. Novak left early.', PACK);
    const novak = result.entities.find((e) => e.packActor === 'novak');
    expect(novak).toMatchObject({ name: 'Jan Novak', basis: 'pack' });
    expect(novak?.aliases.map((a) => a.text)).toEqual(['Honza Novak', 'Novak']);
    expect(novak?.roles).toEqual([
      expect.objectContaining({ title: 'Governor', of: 'Moravia', basis: 'pack' }),
    ]);
  });

  it('prefers a role the text states over the pack', () => {
    const result = entitiesOf('Former Mayor Jan Novak spoke.', PACK);
    expect(result.entities.find((e) => e.packActor === 'novak')?.roles).toEqual([
      expect.objectContaining({ title: 'Mayor', qualifier: 'former', basis: 'text' }),
    ]);
  });

  it('works the same without a pack', () => {
    const result = entitiesOf('Honza Novak said little. Novak left early.');
    expect(result.entities[0]).toMatchObject({ name: 'Honza Novak', basis: 'text' });
    expect(result.entities[0]?.packActor).toBeUndefined();
  });
});
