import { describe, expect, it } from 'vitest';
import { matchedIn } from '../entities-of.js';
import { properNameMatcher } from './proper-name-matcher.js';

const found = (text: string) => matchedIn(properNameMatcher, text).map(([t, kind]) => [t, kind]);

describe('properNameMatcher', () => {
  it.each([
    ['They waited for Sir Keir Starmer at the door.', [['Sir Keir Starmer', 'person']]],
    ['The note reached Ursula von der Leyen late.', [['Ursula von der Leyen', 'person']]],
    [
      'She called Macron, Merz and Starmer.',
      [
        ['Macron', 'unknown'],
        ['Merz', 'unknown'],
        ['Starmer', 'unknown'],
      ],
    ],
    ['He works for the Foreign Ministry now.', [['Foreign Ministry', 'organisation']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('cuts titles out of a run, so "State Marco" is never proposed', () => {
    const texts = found('He met Secretary of State Marco Rubio today.').map(([t]) => t);
    expect(texts).toContain('Marco Rubio');
    expect(texts).not.toContain('State Marco');
  });

  it('leaves a sentence-initial word out unless tagged as a proper noun', () => {
    expect(found('Meanwhile the talks stalled.')).toEqual([]);
  });

  it('treats the first word of a quotation like a sentence-initial word', () => {
    expect(found('He said, “Such a meeting will happen soon.”')).toEqual([]);
    expect(found('He said, "Such talks help nobody."')).toEqual([]);
    expect(found('| Background | Previous talks failed. |')).toEqual([['Background', 'unknown']]);
    // Negative: a name opening a quotation is still a name when tagged as one, and mid-quote names stay.
    expect(found('He said, “We will see Macron in Paris.”').map(([t]) => t)).toEqual(['Macron', 'Paris']);
    expect(found('He said, “Emmanuel Macron will come.”').map(([t]) => t)).toEqual(['Emmanuel Macron']);
  });
});
