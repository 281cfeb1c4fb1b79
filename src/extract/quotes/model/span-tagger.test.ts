import { describe, expect, it } from 'vitest';
import { annotate, inputOf } from '../quote-test-kit.js';
import { spanRefinerWith } from './span-refiner.js';
import {
  attributionsOf,
  C,
  cueMargin,
  emissions,
  emissionsOf,
  O,
  S,
  sentenceFeatures,
  T,
  taggedSentences,
  TEMPLATES,
  viterbi,
  type SpanTaggerModel,
  type Tag,
} from './span-tagger.js';
import { SPAN_TAGGER } from './span-weights.js';

const triggers = new Map([
  ['said', 5],
  ['wary', 4],
  ['according', 5],
]);

/** A hand-made model: "wary" is a cue, a name before it the source, what follows the content. */
const handMade: SpanTaggerModel = {
  triggers,
  start: [0, 0, 0, 0],
  transitions: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  margin: 0,
  sentenceLevel: 3,
  weights: new Map([
    ['b', [1, 0, 0, 0]],
    ['w:wary', [0, 0, 5, 0]],
    ['m:person', [0, 4, 0, 0]],
    ['ld:1', [0, 0, 0, 3]],
    ['ld:2', [0, 0, 0, 3]],
    ['ld:3', [0, 0, 0, 3]],
    ['ld:4', [0, 0, 0, 3]],
    ['ld:6', [0, 0, 0, 3]],
    ['ld:9', [0, 0, 0, 3]],
    ['w:.', [5, 0, 0, 0]],
  ]),
};

describe('span tagger: decoding', () => {
  it('finds the best tag sequence under emissions and transitions', () => {
    // Two tokens; emissions prefer S then C.
    const scores = Float64Array.from([0, 2, 0, 0, 0, 0, 3, 0]);
    expect(viterbi(scores, [0, 0, 0, 0], new Array<number>(16).fill(0))).toEqual([S, C]);
  });

  it('lets a transition overrule an emission', () => {
    const scores = Float64Array.from([0, 2, 0, 0, 0, 0, 3, 0]);
    const transitions = new Array<number>(16).fill(0);
    transitions[S * 4 + C] = -10;
    expect(viterbi(scores, [0, 0, 0, 0], transitions)).toEqual([O, C]);
  });

  it('reads an attribution off source, cue and content runs', () => {
    const tags: Tag[] = [S, S, C, T, T, T, O];
    expect(attributionsOf(tags)).toEqual([{ source: [0, 2], cue: [2, 3], content: [3, 6] }]);
  });

  it('gives each run to its nearest cue, and reads nothing without a source or content', () => {
    const tags: Tag[] = [S, C, T, T, O, S, C, T];
    expect(attributionsOf(tags)).toEqual([
      { source: [0, 1], cue: [1, 2], content: [2, 4] },
      { source: [5, 6], cue: [6, 7], content: [7, 8] },
    ]);
    expect(attributionsOf([C, T, T])).toEqual([]);
    expect(attributionsOf([S, C, O])).toEqual([]);
    expect(attributionsOf([S, T, T])).toEqual([]);
  });

  it('measures the margin of a cue against the best tagging without it', () => {
    const scores = Float64Array.from([0, 2, 0, 0, 0, 0, 3, 0]);
    const flat = new Array<number>(16).fill(0);
    const tags = viterbi(scores, [0, 0, 0, 0], flat);
    expect(cueMargin(scores, [0, 0, 0, 0], flat, tags, 1, 2)).toBe(3);
  });
});

describe('span tagger: features', () => {
  const text = 'Mara Lind is wary of the new harbour plan for the island.';

  it('gives each token its word, tag, neighbours and nearest trigger', () => {
    const input = inputOf(text);
    const features = sentenceFeatures(input, 0, input.tokens.length, triggers);
    expect(features).toHaveLength(input.tokens.length);
    const wary = input.words.indexOf('wary');
    expect(features[wary]).toContain('w:wary');
    expect(features[wary]).toContain('w-1:is');
    expect(features[wary]).toContain('rw:-');
    expect(features[wary + 1]).toContain('lw:wary');
    expect(features[wary + 1]).toContain('ld:1');
    expect(features[wary + 1]).toContain('lrd:4|1');
  });

  it('never pairs two words, and names only known templates', () => {
    const input = inputOf(text);
    const words = new Set(input.words);
    for (const list of sentenceFeatures(input, 0, input.tokens.length, triggers)) {
      for (const feature of list) {
        const colon = feature.indexOf(':');
        expect(TEMPLATES).toContain(colon < 0 ? feature : feature.slice(0, colon));
        const value = feature.slice(colon + 1);
        const bar = value.lastIndexOf('|');
        if (bar > 0)
          expect(words.has(value.slice(bar + 1)) && /\p{Ll}/u.test(value.slice(bar + 1))).toBe(false);
      }
    }
  });

  it('scores features by hash as by name', () => {
    const input = inputOf(text);
    const n = input.tokens.length;
    const byName = emissionsOf(SPAN_TAGGER, sentenceFeatures(input, 0, n, SPAN_TAGGER.triggers));
    expect([...emissions(SPAN_TAGGER, input, 0, n)]).toEqual([...byName]);
    expect([...emissions(handMade, input, 0, n)]).toEqual([
      ...emissionsOf(handMade, sentenceFeatures(input, 0, n, triggers)),
    ]);
  });

  it('tags sentences with a trigger that no rule touched, and only those', () => {
    const input = inputOf(
      'Mara Lind is wary of the plan. The ferry left at noon. Tom Berg said the port would close.',
    );
    const [first] = taggedSentences(input, [], triggers, 3);
    expect(taggedSentences(input, [], triggers, 3)).toHaveLength(2);
    expect(input.words.slice(first![0], first![1])).toContain('wary');
    const touched = {
      span: input.sentences[0]!.span,
      marked: null,
      kind: 'indirect' as const,
      speaker: null,
      cue: null,
      date: null,
      dateBasis: 'unknown' as const,
      matcher: 'test',
    };
    expect(taggedSentences(input, [touched], triggers, 3)).toHaveLength(1);
    expect(taggedSentences(input, [], triggers, 6)).toHaveLength(0);
    const marked = inputOf('The talks go on. Mara Lind is wary of the new plan" for the island.');
    expect(taggedSentences(marked, [], triggers, 3)).toHaveLength(0);
  });
});

describe('span tagger: mechanics of the refiner', () => {
  it('adds what the tags read, with the speaker resolved', () => {
    const input = inputOf('Mara Lind is wary of the new harbour plan for the island.');
    const added = spanRefinerWith(handMade)([], input);
    expect(added).toHaveLength(1);
    const slice = (s: { start: number; end: number } | null | undefined): string | null =>
      s ? input.text.slice(s.start, s.end) : null;
    expect(slice(added[0]!.speaker?.span)).toBe('Mara Lind');
    expect(slice(added[0]!.cue)).toBe('wary');
    expect(added[0]!.kind).toBe('indirect');
    expect(added[0]!.matcher).toBe('matcher/learned-span');
  });

  it('adds nothing under the margin, or in a sentence with no trigger', () => {
    const input = inputOf('Mara Lind is wary of the new harbour plan for the island.');
    expect(spanRefinerWith({ ...handMade, margin: 1e6 })([], input)).toHaveLength(0);
    expect(
      spanRefinerWith(handMade)([], inputOf('Mara Lind walked to the new harbour with her dogs.')),
    ).toHaveLength(0);
  });
});

/** The tagger's additions to a text (the full pipeline, shipped weights): content, speaker words, via, cue. */
function learned(text: string): Array<[string, string | null, string | null, string | null]> {
  const doc = annotate(text);
  const slice = (span: { start: number; end: number } | null | undefined): string | null =>
    span ? doc.text.slice(span.start, span.end) : null;
  return (doc.layers.quotes ?? [])
    .filter((q) => q.matcher === 'matcher/learned-span')
    .map((q) => [slice(q.span)!, slice(q.speaker?.span), q.speaker?.via ?? null, slice(q.cue)]);
}

describe('span tagger (weights learned on PolNeAR train)', () => {
  it('adds a cue that is no verb, with its speaker words', () => {
    expect(learned('Mara Lind is wary of the new harbour plan for the island.')).toEqual([
      ['the new harbour plan for the island', 'Mara Lind', 'name', 'is wary of'],
    ]);
  });

  it('adds reported speech whose speaker words the rules do not let speak', () => {
    expect(
      learned('Families of the missing said the relief was tempered by how many remain in Russian hands.'),
    ).toEqual([
      [
        'the relief was tempered by how many remain in Russian hands',
        'Families of the missing',
        'description',
        'said',
      ],
    ]);
  });
});

describe('span tagger: what it must not add', () => {
  const cases: Array<{ name: string; text: string }> = [
    { name: 'a denied statement', text: 'The ferry union has not yet responded to the harbour plan.' },
    { name: 'a passive cue', text: 'The envoys are expected to present the harbour plan in Moscow.' },
    {
      name: 'a source that names no one',
      text: 'None of the envoys has publicly commented on the harbour plan.',
    },
    { name: 'a verb of no statement', text: 'Mara Lind walked to the harbour with her two dogs on Sunday.' },
    {
      name: 'a sentence the rules already read',
      text: 'Mara Lind said the ferry would run, and Tom Berg is wary of the new harbour plan.',
    },
    {
      name: 'a sentence with a stray quotation mark',
      text: 'The talks will go on, Mara Lind is wary of the new harbour plan for the island" she added nothing.',
    },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(learned(text)).toEqual([]);
  });
});
