import { describe, expect, it } from 'vitest';
import { quotesOf } from './quote-test-kit.js';

/**
 * Issue #5 rules on where a direct quote starts and stops being one: a lower-case quote after a comma
 * ends the reporter's sentence (partial), a fragment sharing a split quote's cue stays partial unless a
 * comma leads into it, and a quote nobody says that stands as a sentence of its own is dropped.
 */
describe('direct or partial, by what leads into the marks', () => {
  const cases: Array<{ name: string; text: string; want: Array<Record<string, unknown>> }> = [
    {
      name: 'lower case after a comma in the reporter sentence: partial',
      text: 'Ada Lind said on Monday, "we will see what the council decides."',
      want: [
        {
          text: 'we will see what the council decides.',
          span: { start: 26, end: 63 },
          kind: 'partial',
          speaker: 'Ada Lind',
          cue: 'said',
        },
      ],
    },
    {
      name: 'the second half of a split quote after a comma stays direct, in lower case too',
      text: '"The plan is too slow," Ada Lind wrote in a letter to the mayor, "and far too costly."',
      want: [
        { text: 'The plan is too slow,', span: { start: 1, end: 22 }, kind: 'direct', via: 'name' },
        { text: 'and far too costly.', span: { start: 66, end: 85 }, kind: 'direct', via: 'carried' },
      ],
    },
    {
      name: 'a fragment sharing the cue after "and" stays partial, with the speaker carried',
      text: '"The plan is too slow," Ada Lind wrote in a letter to the mayor, and "far too costly."',
      want: [
        { text: 'The plan is too slow,', span: { start: 1, end: 22 }, kind: 'direct' },
        {
          text: 'far too costly.',
          span: { start: 70, end: 85 },
          kind: 'partial',
          speaker: 'Ada Lind',
          via: 'carried',
        },
      ],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const quotes = quotesOf(text);
    expect(quotes).toMatchObject(want);
    expect(quotes).toHaveLength(want.length);
  });
});

describe('quotes with no speaker', () => {
  const cases: Array<{ name: string; text: string; want: Array<Record<string, unknown>> }> = [
    {
      name: 'a whole paragraph after one ending in a colon: kept',
      text: 'The leaflet put it this way:\n\n"Nothing about this plan will help the harbour workers."',
      want: [
        {
          text: 'Nothing about this plan will help the harbour workers.',
          span: { start: 31, end: 85 },
          kind: 'direct',
          speaker: null,
        },
      ],
    },
    {
      name: 'ending in a comma, waiting for a speaker: kept',
      text: 'The council met at noon.\n\n"Nothing about this plan will help the harbour workers," the last line of the leaflet ran.',
      want: [
        {
          text: 'Nothing about this plan will help the harbour workers,',
          span: { start: 27, end: 81 },
          kind: 'direct',
          speaker: null,
        },
      ],
    },
    {
      name: 'after reporter words in its sentence: kept',
      text: 'The council met at noon.\n\nThe leaflet, in its last line, "Nothing about this plan will help the harbour workers."',
      want: [
        {
          text: 'Nothing about this plan will help the harbour workers.',
          span: { start: 58, end: 112 },
          kind: 'direct',
          speaker: null,
        },
      ],
    },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    const quotes = quotesOf(text);
    expect(quotes).toMatchObject(want);
    expect(quotes).toHaveLength(want.length);
  });
});
