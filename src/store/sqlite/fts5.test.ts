import { describe, expect, it } from 'vitest';
import { toFts5Match } from './fts5.js';

describe('toFts5Match', () => {
  it.each([
    [['ceasefire'], '"ceasefire"'],
    [['ceasefire', 'talks'], '"ceasefire" "talks"'],
    [['"unbalanced'], '"""unbalanced"'],
    [['say "no"'], '"say ""no"""'],
    [['NOT', 'NEAR(a'], '"NOT" "NEAR(a"'],
    [['col:x*'], '"col:x*"'],
  ])('quotes %j as %s', (terms, match) => {
    expect(toFts5Match(terms)).toBe(match);
  });
});
