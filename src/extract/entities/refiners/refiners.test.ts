import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../entities-of.js';

const found = (text: string) => entitiesOf(text).mentions.map((m) => [m.text, m.kind, m.matcher]);

describe('entity refiners', () => {
  it('neverNameRefiner drops months and a title alone, keeps a full name', () => {
    expect(found('In March the Chancellor met Theresa May.')).toEqual([
      ['Theresa May', 'person', 'matcher/proper-name'],
    ]);
  });

  it('sentenceInitialRefiner keeps a sentence-initial word the text capitalises elsewhere', () => {
    const result = found('Gazprom cut supply. Europe blamed Gazprom.').map(([t]) => t);
    expect(result).toEqual(['Gazprom', 'Europe', 'Gazprom']);
  });

  it('overlapRefiner keeps the stated role over a bare name on the same span', () => {
    const mentions = entitiesOf("Mark Rutte, NATO's Secretary-General, spoke.").mentions;
    expect(mentions[0]).toMatchObject({ text: 'Mark Rutte', matcher: 'matcher/apposition' });
  });

  it('caseErrorRefiner extends a first name by a lower-case surname the text capitalises elsewhere', () => {
    const result = found('Aides to Volodymyr zelenskyy agreed. Later Zelenskyy spoke.');
    expect(result[0]?.slice(0, 2)).toEqual(['Volodymyr zelenskyy', 'person']);
  });

  it('kindRefiner makes a known surname a person and an unknown name an organisation', () => {
    const result = found('Anna Kowalski joined Gazprom. Kowalski spoke.');
    expect(result.map(([t, k]) => [t, k])).toEqual([
      ['Anna Kowalski', 'person'],
      ['Gazprom', 'organisation'],
      ['Kowalski', 'person'],
    ]);
  });

  it('commonWordRefiner does not take a headline phrase for a person', () => {
    const result = entitiesOf('Future Security Plans\nThe plans for future security are vague.');
    expect(result.mentions.filter((m) => m.kind === 'person')).toEqual([]);
  });
});
