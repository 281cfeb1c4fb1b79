import { describe, expect, it } from 'vitest';
import type { Document } from '../../model/index.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { runPipeline } from '../../pipeline/runner.js';
import { segmentExtractor } from './index.js';

const TEXT = 'Envoys Meet in Geneva\nGen. Petrov arrived. “We are ready,” he said.';

/** The smallest document the runner needs: only `text` is read by this extractor. */
function documentOf(text: string): Document {
  return { text, layers: {}, producers: {} } as unknown as Document;
}

describe('segmentExtractor', () => {
  it('declares the contract the registry checks', () => {
    expect(segmentExtractor.name).toBe('segment');
    expect(segmentExtractor.version).toBe(1);
    expect(segmentExtractor.requires).toEqual([]);
    expect(segmentExtractor.provides).toEqual(['paragraphs', 'sentences', 'tokens']);
    expect(() => buildPipeline([segmentExtractor])).not.toThrow();
  });

  it('runs first in a pipeline and records itself as producer of its three layers', () => {
    const doc = runPipeline(buildPipeline([segmentExtractor]), documentOf(TEXT), {
      referenceDate: '2025-03-01',
    });
    expect(doc.producers).toEqual({ paragraphs: 'segment@1', sentences: 'segment@1', tokens: 'segment@1' });
    const sentences = doc.layers.sentences ?? [];
    expect(sentences).toEqual([
      { span: { start: 0, end: 21 }, paragraph: 0 },
      { span: { start: 22, end: 42 }, paragraph: 1 },
      { span: { start: 43, end: 67 }, paragraph: 1 },
    ]);
    expect(sentences.map((s) => TEXT.slice(s.span.start, s.span.end))).toEqual([
      'Envoys Meet in Geneva',
      'Gen. Petrov arrived.',
      '“We are ready,” he said.',
    ]);
    expect(doc.layers.paragraphs?.map((p) => p.heading)).toEqual([true, false]);
    expect(doc.layers.tokens?.[0]).toEqual({ span: { start: 0, end: 6 }, pos: expect.any(String) });
  });

  it('is pure: the same document gives byte-identical layers, whatever the context', () => {
    const first = segmentExtractor.extract(documentOf(TEXT), { referenceDate: null });
    const second = segmentExtractor.extract(documentOf(TEXT), {
      referenceDate: '2030-01-01',
      options: { segment: {} },
    });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});
