import { describe, expect, it } from 'vitest';
import { matchesPattern } from './position-cues.js';
import { compose } from './stance-matcher.js';

describe('cue patterns', () => {
  it.each([
    ['refusal', 'refus*', true],
    ['refused', 'refus*', true],
    ['back', 'back', true],
    ['backs', 'back', false],
    ['ref', 'refus*', false],
  ])('%s against %s → %s', (word, pattern, expected) => {
    expect(matchesPattern(word, pattern)).toBe(expected);
  });
});

describe('chained positions compose like signs', () => {
  it.each([
    ['oppose', 'support', 'oppose'],
    ['oppose', 'oppose', 'support'],
    ['support', 'oppose', 'oppose'],
    ['support', 'support', 'support'],
    ['conditional', 'oppose', 'conditional'],
    ['support', 'neutral', 'neutral'],
  ] as const)('%s over %s → %s', (outer, inner, expected) => {
    expect(compose(outer, inner)).toBe(expected);
  });
});
