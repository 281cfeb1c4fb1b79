import { describe, expect, it } from 'vitest';
import type { QuoteCandidate } from '../quote-input.js';
import { annotate, inputOf } from '../quote-test-kit.js';
import { clauses, describedHead } from './clause-features.js';
import { clauseRefinerWith } from './clause-refiner.js';
import { linearScore, type LinearModel } from './linear-model.js';

/** The learned clauses of a text (the full pipeline, shipped weights): words, speaker words, via, cue. */
function learned(text: string): Array<[string, string | null, string | null, string | null]> {
  const doc = annotate(text);
  const slice = (span: { start: number; end: number } | null | undefined): string | null =>
    span ? doc.text.slice(span.start, span.end) : null;
  return (doc.layers.quotes ?? [])
    .filter((q) => q.matcher === 'matcher/learned-clause')
    .map((q) => [slice(q.span)!, slice(q.speaker?.span), q.speaker?.via ?? null, slice(q.cue)]);
}

describe('clause model (weights learned on PolNeAR train)', () => {
  it('adds reported speech for a verb outside the lists after a name', () => {
    expect(learned('Mara Lind likened the harbour plan to a bridge to nowhere.')).toEqual([
      ['the harbour plan to a bridge to nowhere', 'Mara Lind', 'name', 'likened'],
    ]);
  });

  it('reads the speaker before auxiliaries and adverbs', () => {
    expect(learned('Mara Lind has disclosed the cost of the harbour plan to the council.')).toEqual([
      ['the cost of the harbour plan to the council', 'Mara Lind', 'name', 'disclosed'],
    ]);
  });

  it('lets a description speak when its head word was seen speaking on train', () => {
    expect(learned('Local politicians denounced the harbour plan as a waste of public money.')).toEqual([
      ['the harbour plan as a waste of public money', 'Local politicians', 'description', 'denounced'],
    ]);
  });
});

describe('clause model: what it must not add', () => {
  const cases: Array<{ name: string; text: string }> = [
    {
      name: 'a description whose head never spoke on train',
      text: 'The storm denounced the harbour plan as a waste of public money.',
    },
    { name: 'a verb of no statement', text: 'Mara Lind walked to the harbour with her two dogs on Sunday.' },
    {
      name: 'a verb inside reported speech the rules found',
      text: 'Mara Lind said the ferry would run, and Tom Berg likened the plan to a bridge to nowhere.',
    },
    {
      name: 'a verb inside quotation marks',
      text: '"Tom Berg likened the plan to a bridge to nowhere," Mara Lind said.',
    },
    {
      name: 'a listed cue the rules turned down, right after its speaker',
      text: 'Paul Wendt called on Monday to ask about the tickets.',
    },
    {
      name: 'a negated verb: no statement was made',
      text: 'Mara Lind has not yet disclosed the cost of the harbour plan to the council.',
    },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(learned(text)).toEqual([]);
  });
});

describe('clause model: mechanics', () => {
  const text = 'The storm likened the harbour plan to a bridge to nowhere.';
  const run = (model: LinearModel, words: string): QuoteCandidate[] => {
    const input = inputOf(words);
    return clauseRefinerWith(model)([], input);
  };

  it('keeps a clause whose score reaches the threshold, and only then', () => {
    const named = 'Mara Lind likened the harbour plan to a bridge to nowhere.';
    expect(run({ bias: 0, threshold: -1, weights: new Map() }, named)).toHaveLength(1);
    expect(run({ bias: 0, threshold: 1, weights: new Map() }, named)).toHaveLength(0);
    expect(run({ bias: 0, threshold: 1, weights: new Map([['w:likened', 2]]) }, named)).toHaveLength(1);
  });

  it('lets a description speak only when the weight of its head word is positive', () => {
    const input = inputOf(text);
    expect(describedHead(input, clauses(input, [])[0]!.candidate.speakerPhrase!)).toBe('h:storm');
    expect(run({ bias: 0, threshold: -1, weights: new Map() }, text)).toHaveLength(0);
    expect(run({ bias: 0, threshold: -1, weights: new Map([['h:storm', 0.5]]) }, text)).toHaveLength(1);
  });

  it('offers one clause per verb with a speaker before it and content after it', () => {
    const input = inputOf('Mara Lind likened the harbour plan to a bridge to nowhere.');
    const found = clauses(input, []);
    expect(found).toHaveLength(1);
    expect(found[0]!.features).toContain('w:likened');
    expect(found[0]!.features).toContain('h:@person');
    expect(describedHead(input, found[0]!.candidate.speakerPhrase!)).toBeNull();
  });

  it('scores bias plus the weights of known features', () => {
    const model = {
      bias: 0.5,
      threshold: 0,
      weights: new Map([
        ['a', 1],
        ['b', -2],
      ]),
    };
    expect(linearScore(model, ['a', 'b', 'unknown'])).toBeCloseTo(-0.5);
  });
});
