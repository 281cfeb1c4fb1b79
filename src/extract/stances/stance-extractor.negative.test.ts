import { describe, expect, it } from 'vitest';
import { stancesOf } from './stance-test-kit.js';

describe('not stances', () => {
  const cases: Array<{ name: string; text: string }> = [
    { name: 'no holder: no stance', text: 'The plan would require Ukraine to give up territory.' },
    { name: 'a city is no holder', text: "Moscow's refusal to permit peacekeepers was clear." },
    {
      name: 'a passive agent is not the matter',
      text: 'Emmanuel Macron said the plan was backed by security guarantees.',
    },
    { name: 'a cue inside a compound', text: 'Emmanuel Macron discussed the US-backed peace plan.' },
    {
      name: 'a lone noun cue without a preposition',
      text: 'Emmanuel Macron offered support and a new peace plan.',
    },
    {
      name: 'a clause break between cue and issue',
      text: 'Emmanuel Macron backed the summit, but sanctions were not discussed.',
    },
    {
      name: 'a cue too far from the issue',
      text: 'Emmanuel Macron backed a long list of measures for the coming months in Brussels and Paris and then mentioned sanctions.',
    },
    { name: 'a cue with no issue', text: 'Emmanuel Macron backed the proposal.' },
    { name: 'an issue with no cue', text: 'Emmanuel Macron discussed sanctions with Keir Starmer.' },
    {
      name: 'the object of a request is not the holder, and a continent holds nothing',
      text: 'European ministers asked Russia to accept a ceasefire over the holidays.',
    },
    {
      name: 'a name in an earlier clause does not hold a stance of the next one',
      text: 'Olaf Brandt hosted the envoys in Vienna, as European leaders pressed for a ceasefire.',
    },
    {
      name: 'a negator before a noun issue is no action',
      text: 'Emmanuel Macron said there is no ceasefire yet.',
    },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(stancesOf(text)).toEqual([]);
  });

  it('a negator beyond a comma does not turn a cue over', () => {
    const stances = stancesOf('Robert Fico did not travel, and he backs sanctions on Russian oil.');
    expect(stances.map((s) => [s.actor, s.position, s.positionCue])).toEqual([
      ['Robert Fico', 'support', 'backs'],
    ]);
  });

  it('without a pack and with no repeated noun, nothing is clustered', () => {
    expect(stancesOf('Robert Fico backed the idea of a summit in Vienna.', null)).toEqual([]);
  });

  it('an empty text gives no stances', () => {
    expect(stancesOf('')).toEqual([]);
  });

  it('the innermost quote holding the cue names the holder, not the outer speaker', () => {
    const stances = stancesOf(
      'Emmanuel Macron said Europe was ready to help, and Keir Starmer warned that Europe would not accept a ceasefire that is only a pause.',
    );
    expect(stances.map((s) => [s.actor, s.position])).toEqual([['Keir Starmer', 'oppose']]);
  });
});
