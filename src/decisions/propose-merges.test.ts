import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../model/index.js';
import { proposeMerges } from './propose-merges.js';
import type { ActorLike } from './propose-merges.js';

const actor = (
  id: string,
  kind: EntityKind,
  name: string,
  aliases: string[] = [],
  role?: string,
): ActorLike => ({
  id,
  kind,
  name,
  aliases: [name, ...aliases].map((text) => ({ text, count: 1 })),
  roles: role ? [{ title: role, of: 'Ukraine', sources: [] }] : [],
  mentions: [{ doc: `doc_${id}`, span: { start: 0, end: name.length } }],
});

describe('proposeMerges', () => {
  it.each<[string, ActorLike[], string[][]]>([
    [
      'a misspelling one letter off',
      [actor('a', 'place', 'Ukraine', ['Ukrainian']), actor('b', 'organisation', 'Ukranian')],
      [['similar-name']],
    ],
    [
      'the same surname, given names a letter apart, and a shared role',
      [
        actor('a', 'person', 'Andrii Sybiha', [], 'Foreign Minister'),
        actor('b', 'person', 'Andriy Sybiha', [], 'Foreign Minister'),
      ],
      [['same-surname', 'similar-name', 'shared-role']],
    ],
    [
      'a shared alias',
      [
        actor('a', 'organisation', 'European Union', ['EU']),
        actor('b', 'organisation', 'Brussels bloc', ['EU']),
      ],
      [['shared-alias']],
    ],
    [
      'a surname alone',
      [actor('a', 'person', 'Mark Rutte'), actor('b', 'person', 'Sarah Rutte')],
      [['same-surname']],
    ],
  ])('proposes %s', (_, actors, signals) => {
    expect(proposeMerges(actors, new Set()).map((p) => p.signals)).toEqual(signals);
  });

  it.each<[string, ActorLike[]]>([
    ['a person and a place', [actor('a', 'person', 'Georgia Meloni'), actor('b', 'place', 'Georgia')]],
    ['short names one letter apart', [actor('a', 'place', 'Iran'), actor('b', 'place', 'Iraq')]],
    ['unlike names', [actor('a', 'person', 'Mark Rutte'), actor('b', 'person', 'Keir Starmer')]],
  ])('does not propose %s', (_, actors) => {
    expect(proposeMerges(actors, new Set())).toEqual([]);
  });

  it('leaves out a pair already decided, and names each pair by its sorted target', () => {
    const pair = [actor('b', 'person', 'Mark Rutte'), actor('a', 'person', 'M. Rutte')];
    const [proposal] = proposeMerges(pair, new Set());
    expect(proposal).toMatchObject({
      target: 'actors:a+b',
      actors: ['a', 'b'],
      names: ['M. Rutte', 'Mark Rutte'],
    });
    expect(proposeMerges(pair, new Set(['actors:a+b']))).toEqual([]);
  });
});
