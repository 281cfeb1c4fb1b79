import { describe, expect, it } from 'vitest';
import { findCueMatches, matchCue } from './cue-matcher.js';

function matched(text: string, cue: string): string | null {
  const span = matchCue(text, cue);
  return span === null ? null : text.slice(span.start, span.end);
}

describe('matchCue', () => {
  it.each([
    [
      'summit Alaska',
      'a scheduled summit between the two presidents in Alaska.',
      'summit between the two presidents in Alaska',
    ],
    ['Alaska summit', 'After the Alaska summit, talks stalled.', 'Alaska summit'],
    ['full-scale invasion', 'since the full-scale invasion began', 'full-scale invasion'],
    ['full-scale invasion', 'since the Full Scale Invasion began', 'Full Scale Invasion'],
    ['summit', "The summit's outcome was unclear.", "summit's"],
    ['summit', 'Two summits were planned.', 'summits'],
    ['peace talks', 'the peace talk in Geneva', 'peace talk'],
    ['security guarantees', 'Kyiv’s security guarantee demands', 'security guarantee'],
    ['energy policy', 'energy policies of the bloc', 'energy policies'],
    ['Erdogan', 'President Erdoğan hosted them.', 'Erdoğan'],
    ['28-point plan', 'the 28-point plan drafted in Miami', '28-point plan'],
    ['summit Alaska', 'summit, summit and then Alaska', 'summit, summit and then Alaska'], // leftmost start
    ['invasion Ukraine', 'Russia’s 2022 invasion of Ukraine', 'invasion of Ukraine'],
  ])('%s matches in %j', (cue, text, expected) => {
    expect(matched(text, cue)).toBe(expected);
  });

  it.each([
    ['summit Alaska', 'the Alaska talks before the summit'], // order matters
    ['summit Alaska', 'the summit was delayed again and again and again for months in Alaska'], // 7 words between
    ['Alaska', 'an Alaskan summit'], // whole words only
    ['war', 'talks in Warsaw'],
    ['truce', 'a construction deal'],
    ['peace plan', 'peace was far away and many other things happened before the plan'],
    ['Alaska summit', 'the summit in Alaska'],
    ['summit', ''],
    ['', 'any sentence at all'],
    ['as', 'the assets were frozen'], // no plural tolerance for very short words: "as" is not "ass"
  ])('%s does not match in %j', (cue, text) => {
    expect(matched(text, cue)).toBeNull();
  });

  it('survives a hostile sentence: thousands of false starts, a lone surrogate and combining marks', () => {
    const text = `${'summit \uD800 '.repeat(5000)}Ala\u0301ska`;
    const span = matchCue(text, 'summit Alaska');
    expect(span && text.slice(span.start, span.end)).toBe(`${'summit \uD800 '.repeat(7)}Ala\u0301ska`);
  });

  it('keeps the gap at six words: six match, seven do not', () => {
    expect(matched('summit one two three four five six Alaska', 'summit Alaska')).not.toBeNull();
    expect(matched('summit one two three four five six seven Alaska', 'summit Alaska')).toBeNull();
  });
});

describe('findCueMatches', () => {
  const text = 'The summit is set. It will be in Alaska. Leaders met at the Alaska summit on Friday.';
  const sentences = [
    { start: 0, end: 18 },
    { start: 19, end: 40 },
    { start: 41, end: 84 },
  ];

  it('never joins words across sentences and gives offsets into the text', () => {
    const matches = findCueMatches(text, sentences, ['summit Alaska', 'Alaska summit', 'Friday']);
    expect(matches.map((m) => [m.cue, text.slice(m.span.start, m.span.end)])).toEqual([
      ['Alaska summit', 'Alaska summit'],
      ['Friday', 'Friday'],
    ]);
  });

  it('returns nothing for no sentences or no cues', () => {
    expect(findCueMatches(text, [], ['summit'])).toEqual([]);
    expect(findCueMatches(text, sentences, [])).toEqual([]);
  });
});
