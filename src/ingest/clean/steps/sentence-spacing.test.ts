import { describe, expect, it } from 'vitest';
import { cleanWith, expectRemoved } from '../test-cleaning.js';
import { sentenceSpacing } from './sentence-spacing.js';

describe('sentence-spacing: inserts the missing space after a glued sentence end', () => {
  const cases: Array<{ name: string; raw: string; clean: string; joins: string[] }> = [
    {
      name: 'full stop glued to a capital',
      raw: 'after years of fighting.Russian forces advanced',
      clean: 'after years of fighting. Russian forces advanced',
      joins: ['.R'],
    },
    {
      name: 'question mark',
      raw: 'Will it hold?Nobody knows.',
      clean: 'Will it hold? Nobody knows.',
      joins: ['?N'],
    },
    {
      name: 'exclamation mark',
      raw: 'Enough now!The crowd cheered.',
      clean: 'Enough now! The crowd cheered.',
      joins: ['!T'],
    },
    {
      name: 'a lowercase abbreviation',
      raw: 'tanks, guns etc.The list grew.',
      clean: 'tanks, guns etc. The list grew.',
      joins: ['.T'],
    },
    {
      name: 'two joins in one paragraph',
      raw: 'geopolitical realities.Peace talks go on.Both sides wait.',
      clean: 'geopolitical realities. Peace talks go on. Both sides wait.',
      joins: ['.P', '.B'],
    },
    {
      name: 'a name after the join',
      raw: 'said so.McCarthy agreed.',
      clean: 'said so. McCarthy agreed.',
      joins: ['.M'],
    },
  ];

  it.each(cases)('$name', ({ raw, clean, joins }) => {
    const result = cleanWith(sentenceSpacing, raw);
    expect(result.text).toBe(clean);
    expectRemoved(raw, result.signals, joins);
    for (const signal of result.signals) {
      expect(signal).toMatchObject({
        code: 'spacing-repaired',
        severity: 'info',
        by: 'clean/sentence-spacing',
      });
    }
  });

  it('maps the inserted space to no raw character', () => {
    const result = cleanWith(sentenceSpacing, 'end.Next');
    expect(result.text).toBe('end. Next');
    expect(Array.from(result.map)).toEqual([0, 1, 2, 3, -1, 4, 5, 6, 7, 8]);
  });

  it('survives a hostile input: 20,000 glued sentences', () => {
    const raw = 'It ended.Then '.repeat(20_000);
    const result = cleanWith(sentenceSpacing, raw);
    expect(result.signals).toHaveLength(20_000);
    expect(result.text).toBe('It ended. Then '.repeat(20_000));
  });
});

describe('sentence-spacing: negative cases', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    { name: 'U.S. glued to a lowercase word', raw: 'between Europe and the U.S.is essential' },
    { name: 'U.S.-supplied', raw: 'U.S.-supplied weapons' },
    { name: 'e.g. and i.e.', raw: 'allies, e.g.France, i.e.Paris' },
    { name: 'a.m.', raw: 'at 9 a.m.Monday' },
    { name: 'a decimal', raw: 'growth of 3.5 percent' },
    { name: 'domains and file names', raw: 'see example.com and Node.js' },
    { name: 'initials glued to a surname (left alone: same shape as U.S.Army)', raw: 'J.D.Vance spoke' },
    { name: 'an all-capital word after the dot (by design: limit in README)', raw: 'the end.NATO met' },
    { name: 'an ellipsis', raw: 'and then...Silence' },
    { name: 'a url path', raw: 'at https://example.org/world.Today/page' },
    { name: 'a www address', raw: 'at www.news.Example' },
    { name: 'an email address', raw: 'write to desk@paper.Example' },
    { name: 'one lowercase letter before the dot', raw: 'St.Petersburg and Plan a.Then' },
  ];
  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(sentenceSpacing, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('survives a hostile input: 100,000 characters without a space', () => {
    const raw = 'ab.Cd'.repeat(20_000);
    expect(cleanWith(sentenceSpacing, raw).text).toBe(raw);
  });
});
