import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const mentions = (text: string) => entitiesOf(text).mentions.map((m) => [m.text, m.kind]);

describe('entityExtractor: negative cases', () => {
  it('does not take "President" alone for a person', () => {
    expect(mentions('The President declined to comment on Tuesday.')).toEqual([]);
  });

  it('does not take "State Marco" for a place', () => {
    const found = mentions('Officials briefed Secretary of State Marco Rubio.');
    expect(found).toEqual([['Marco Rubio', 'person']]);
  });

  it('takes "U.S." for a place, not an organisation', () => {
    expect(mentions('Negotiators flew to the U.S. on Friday.')).toEqual([['U.S.', 'place']]);
  });

  it('does not take the month "May" for a person', () => {
    expect(mentions('The summit is planned for May, aides said.')).toEqual([]);
  });

  it.each([
    ['Meanwhile, the talks stalled.'],
    ['Despite the snow, the convoy left.'],
    ['Officials stayed silent.'],
  ])('does not take sentence-initial capitals for names: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('does not take a lower-case word for a name when no full name was seen', () => {
    expect(mentions('The costa of the plan were high.')).toEqual([]);
  });

  it('survives hostile input: empty text, lone punctuation, shouting', () => {
    expect(mentions('')).toEqual([]);
    expect(mentions("' , - .")).toEqual([]);
    expect(() => mentions('THE PRESIDENT OF THE UNITED STATES SAID SO')).not.toThrow();
  });
});
