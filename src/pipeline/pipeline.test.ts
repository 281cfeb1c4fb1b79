import { describe, expect, it } from 'vitest';
import { buildPipeline } from './pipeline.js';
import { runPipeline } from './runner.js';
import { defaultPipeline, BUILT_IN_EXTRACTORS } from './registry.js';
import { fakeExtractor } from './test-extractors.js';
import { isParleyError } from '../model/index.js';
import type { Document, LayerName } from '../model/index.js';

function doc(text: string): Document {
  return {
    id: 'd1',
    contentHash: 'h',
    format: 'text',
    text,
    raw: text,
    offsetMap: [[0, 0, text.length]],
    title: null,
    meta: {},
    source: {},
    published: { value: null, precision: 'unknown', basis: 'unknown' },
    locations: [{ kind: 'file', ref: 'a.txt' }],
    signals: [],
    layers: {},
    producers: {},
  };
}

function buildError(run: () => unknown): { code: string; message: string; hint: string } {
  try {
    run();
  } catch (error) {
    if (isParleyError(error)) return { code: error.code, message: error.message, hint: error.hint ?? '' };
    throw error;
  }
  throw new Error('expected a ParleyError');
}

describe('buildPipeline', () => {
  it('accepts requirements that come before', () => {
    const pipeline = buildPipeline([
      fakeExtractor('segment', [], ['sentences']),
      fakeExtractor('quotes', ['sentences'], ['quotes']),
    ]);
    expect(pipeline.extractors.map((e) => e.name)).toEqual(['segment', 'quotes']);
  });

  const failures: Array<{
    name: string;
    list: ReturnType<typeof fakeExtractor>[];
    code: string;
    hint: RegExp;
  }> = [
    {
      name: 'requirement provided later',
      list: [fakeExtractor('quotes', ['sentences'], ['quotes']), fakeExtractor('segment', [], ['sentences'])],
      code: 'E_PIPELINE_ORDER',
      hint: /move segment@1 .* before quotes@1/,
    },
    {
      name: 'requirement provided by nobody',
      list: [fakeExtractor('quotes', ['mentions'], ['quotes'])],
      code: 'E_PIPELINE_ORDER',
      hint: /add an extractor that provides "mentions"/,
    },
    {
      name: 'two providers of one layer',
      list: [fakeExtractor('a', [], ['times']), fakeExtractor('b', [], ['times'])],
      code: 'E_PIPELINE_DUPLICATE',
      hint: /one writer/,
    },
    {
      name: 'same extractor twice',
      list: [fakeExtractor('a', [], ['times']), fakeExtractor('a', [], ['quotes'])],
      code: 'E_PIPELINE_DUPLICATE',
      hint: /one entry/,
    },
    {
      name: 'unknown layer',
      list: [fakeExtractor('a', [], ['nonsense' as LayerName])],
      code: 'E_PIPELINE_UNKNOWN_LAYER',
      hint: /src\/model\/layers.ts/,
    },
  ];
  it.each(failures)('rejects $name with a coded error and a fix', ({ list, code, hint }) => {
    const error = buildError(() => buildPipeline(list));
    expect(error.code).toBe(code);
    expect(error.hint).toMatch(hint);
  });

  it('builds the default registry without error, each extractor once', () => {
    expect(defaultPipeline().extractors.length).toBe(BUILT_IN_EXTRACTORS.length);
    expect(new Set(BUILT_IN_EXTRACTORS.map((e) => e.name)).size).toBe(BUILT_IN_EXTRACTORS.length);
  });
});

describe('runPipeline', () => {
  it('writes layers and records the producer of each', () => {
    const pipeline = buildPipeline([
      fakeExtractor('segment', [], ['paragraphs', 'sentences'], 3),
      fakeExtractor('times', ['sentences'], ['times'], 2),
    ]);
    const out = runPipeline(pipeline, doc('Talks resume.'), { referenceDate: '2025-03-01' });
    expect(out.producers).toEqual({ paragraphs: 'segment@3', sentences: 'segment@3', times: 'times@2' });
    expect(out.layers.times).toEqual([]);
  });

  it('does not mutate the input document', () => {
    const input = doc('Talks resume.');
    runPipeline(buildPipeline([fakeExtractor('segment', [], ['sentences'])]), input, { referenceDate: null });
    expect(input.layers).toEqual({});
    expect(input.producers).toEqual({});
  });

  it('rejects an extractor that returns a layer it did not declare', () => {
    const rogue = fakeExtractor('rogue', [], ['times'], 1, { quotes: [] });
    expect(() => runPipeline(buildPipeline([rogue]), doc('x'), { referenceDate: null })).toThrow(
      /rogue@1 returned undeclared layer "quotes"/,
    );
  });

  it('rejects an extractor that omits a declared layer', () => {
    const lazy = { ...fakeExtractor('lazy', [], ['times']), extract: () => ({}) };
    expect(() => runPipeline(buildPipeline([lazy]), doc('x'), { referenceDate: null })).toThrow(
      /lazy@1 did not return its layer "times"/,
    );
  });

  it('runs the default pipeline deterministically', () => {
    const text = 'Envoys met in Geneva on Monday. "We made progress," one said.\nA second paragraph follows.';
    const a = runPipeline(defaultPipeline(), doc(text), { referenceDate: '2025-03-01' });
    const b = runPipeline(defaultPipeline(), doc(text), { referenceDate: '2025-03-01' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.layers.paragraphs?.length).toBe(2);
  });
});
