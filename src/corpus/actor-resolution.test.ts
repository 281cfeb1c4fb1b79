import { describe, expect, it } from 'vitest';
import type { DocEntity, EntityKind } from '../model/index.js';
import { givenNamesAgree, mergeKeys, resolveActors } from './actor-resolution.js';
import { foldName } from './name-fold.js';

function entity(
  id: string,
  kind: EntityKind,
  name: string,
  aliases: string[] = [name],
  packActor?: string,
): DocEntity {
  return {
    id,
    kind,
    name,
    aliases: aliases.map((text) => ({ text, count: 1 })),
    roles: [],
    basis: packActor ? 'pack' : 'text',
    ...(packActor ? { packActor } : {}),
  };
}

describe('foldName', () => {
  it('makes spellings and transliterations one', () => {
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy', 'zelenskyy', 'Zelenskii'].map(foldName))).toEqual(
      new Set(['zelensky']),
    );
    expect(foldName('Sergei')).toBe(foldName('Sergey'));
    expect(foldName('António')).toBe(foldName('Antonio'));
  });

  it('keeps different names apart', () => {
    expect(foldName('Merz')).not.toBe(foldName('Marz'));
    expect(foldName('Kushner')).not.toBe(foldName('Trump'));
  });
});

describe('givenNamesAgree', () => {
  it('accepts equal, initial and missing given names, and refuses different ones', () => {
    expect(givenNamesAgree('Keir', 'Keir')).toBe(true);
    expect(givenNamesAgree('K.', 'Keir')).toBe(true);
    expect(givenNamesAgree(null, 'Keir')).toBe(true);
    expect(givenNamesAgree('Eric', 'Donald')).toBe(false);
  });
});

describe('resolveActors', () => {
  it('merges a surname, a full name and a transliteration across documents into one actor', () => {
    const change = resolveActors(
      [],
      [
        {
          docId: 'd1',
          entities: [entity('e1', 'person', 'Volodymyr Zelensky', ['Volodymyr Zelensky', 'Zelensky'])],
        },
        { docId: 'd2', entities: [entity('e1', 'person', 'Zelenskyy')] },
        { docId: 'd3', entities: [entity('e4', 'person', 'Volodymyr Zelenskyy')] },
      ],
    );
    expect(new Set(change.links.map((link) => link.actorId)).size).toBe(1);
    expect(change.actors).toHaveLength(1);
    expect(change.actors[0]?.name).toBe('Volodymyr Zelensky');
  });

  it('gives the fuller name to an actor first seen by surname', () => {
    const change = resolveActors(
      [],
      [
        { docId: 'd1', entities: [entity('e1', 'person', 'Trump')] },
        { docId: 'd2', entities: [entity('e1', 'person', 'Donald Trump')] },
      ],
    );
    expect(change.actors.map((actor) => actor.name)).toEqual(['Donald Trump']);
  });

  it('keeps an organisation named after a person apart from the person', () => {
    const change = resolveActors(
      [],
      [
        {
          docId: 'd1',
          entities: [
            entity('e1', 'person', 'Donald Trump'),
            entity('e2', 'organisation', 'Trump administration'),
          ],
        },
      ],
    );
    expect(change.actors.map((actor) => actor.kind).sort()).toEqual(['organisation', 'person']);
    expect(new Set(change.links.map((link) => link.actorId)).size).toBe(2);
  });

  it('keeps two people with one surname and different given names apart, and sends a bare surname to the first', () => {
    const change = resolveActors(
      [],
      [
        {
          docId: 'd1',
          entities: [entity('e1', 'person', 'Donald Trump'), entity('e2', 'person', 'Eric Trump')],
        },
        { docId: 'd2', entities: [entity('e1', 'person', 'Trump')] },
      ],
    );
    const [donald, eric, bare] = change.links;
    expect(donald?.actorId).not.toBe(eric?.actorId);
    expect(bare?.actorId).toBe(donald?.actorId);
  });

  it('joins an actor already stored, and reports only what changed', () => {
    const stored = {
      id: 'act_1',
      kind: 'person' as const,
      name: 'Keir Starmer',
      packActor: null,
      keys: ['person:starmer'],
    };
    const change = resolveActors([stored], [{ docId: 'd9', entities: [entity('e2', 'person', 'Starmer')] }]);
    expect(change.links).toEqual([{ docId: 'd9', entityId: 'e2', actorId: 'act_1' }]);
    expect(change.actors).toEqual([]);
  });

  it('takes the pack name for a pack actor and matches later mentions on the pack id', () => {
    const change = resolveActors(
      [],
      [
        { docId: 'd1', entities: [entity('e1', 'person', 'Sergey Lavrov', ['Lavrov'], 'sergei-lavrov')] },
        { docId: 'd2', entities: [entity('e1', 'person', 'Lavrov')] },
      ],
    );
    expect(change.actors).toEqual([
      expect.objectContaining({ name: 'Sergey Lavrov', packActor: 'sergei-lavrov' }),
    ]);
    expect(new Set(change.links.map((link) => link.actorId)).size).toBe(1);
  });

  it('derives merge keys per kind and keeps organisation aliases', () => {
    expect(
      mergeKeys(entity('e1', 'organisation', 'the European Union', ['the European Union', 'EU'])),
    ).toEqual(['organisation:europeanunion', 'organisation:eu']);
  });

  it('gives the same ids to the same input', () => {
    const input = [{ docId: 'd1', entities: [entity('e1', 'place', 'Riga')] }];
    expect(resolveActors([], input)).toEqual(resolveActors([], input));
  });
});
