import { describe, expect, it } from 'vitest';
import { MAX_RUN_LENGTH } from './mask-long-runs.js';
import { segmentText } from './segment-text.js';
import { segmentationProblems } from './segmentation-problems.js';

/** 200,000 characters of words, no punctuation and no line break: one paragraph, one sentence. */
function endlessProse(): string {
  const words = ['talks', 'envoy', 'ceasefire', 'border', 'summit', 'delegation', 'treaty'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 200_000; i += 1) {
    const word = words[i % words.length] as string;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, 200_000).trimEnd();
}

function texts(text: string, spans: ReadonlyArray<{ span: { start: number; end: number } }>): string[] {
  return spans.map(({ span }) => text.slice(span.start, span.end));
}

describe('segmentText: hostile input', () => {
  it('segments 200,000 characters without punctuation or newlines as one sentence', () => {
    const text = endlessProse();
    const result = segmentText(text);
    expect(result.paragraphs).toEqual([{ span: { start: 0, end: text.length }, heading: false }]);
    expect(result.sentences).toEqual([{ span: { start: 0, end: text.length }, paragraph: 0 }]);
    expect(result.tokens).toHaveLength(text.split(' ').length);
    expect(texts(text, result.tokens.slice(0, 3))).toEqual(['talks', 'envoy', 'ceasefire']);
    const last = result.tokens[result.tokens.length - 1];
    expect(last?.span.end).toBe(text.length);
    expect(segmentationProblems(text, result)).toEqual([]);
  });

  it('reads a 200,000-character run without spaces as one token, quickly', () => {
    const text = `Before ${'ab-c.'.repeat(40_000)} after.`;
    const result = segmentText(text);
    const run = { start: 7, end: 7 + 200_000 };
    expect(result.tokens.map((t) => t.span)).toEqual([
      { start: 0, end: 6 },
      run,
      { start: 200_008, end: 200_013 },
      { start: 200_013, end: 200_014 },
    ]);
    expect(result.tokens[1]?.pos).toBe('X');
    expect(text.slice(run.start, run.end)).toBe('ab-c.'.repeat(40_000));
    expect(segmentationProblems(text, result)).toEqual([]);
  });

  it('keeps a run at the length limit as wink reads it', () => {
    const word = 'a'.repeat(MAX_RUN_LENGTH);
    const result = segmentText(`${word} ends.`);
    expect(result.tokens.map((t) => t.span)).toEqual([
      { start: 0, end: 256 },
      { start: 257, end: 261 },
      { start: 261, end: 262 },
    ]);
    expect(result.tokens[0]?.pos).not.toBe('X');
  });

  it('keeps a text of only emoji and quote marks as one sentence of its symbols', () => {
    const text = '😀 "“”" 👍🏽 ‘’ 👨‍👩‍👧';
    const result = segmentText(text);
    expect(result.paragraphs).toEqual([{ span: { start: 0, end: text.length }, heading: false }]);
    expect(texts(text, result.sentences)).toEqual([text]);
    expect(texts(text, result.tokens).join('')).toBe(text.replace(/\s/gu, ''));
    expect(segmentationProblems(text, result)).toEqual([]);
  });

  it.each([
    ['an empty text', ''],
    ['only whitespace and line breaks', '  \n\t\n \u2028 \r\n\u00a0'],
  ])('gives empty layers for %s', (_name, text) => {
    expect(segmentText(text)).toEqual({ paragraphs: [], sentences: [], tokens: [] });
  });

  it('keeps offsets true across whitespace wink miscounts', () => {
    const text = `Talks\u3000resumed.\u2028Both\ufeffsides  met${' '.repeat(70_000)}today\u000b.`;
    const result = segmentText(text);
    expect(texts(text, result.tokens)).toEqual([
      'Talks',
      'resumed',
      '.',
      'Both',
      'sides',
      'met',
      'today',
      '.',
    ]);
    expect(texts(text, result.paragraphs)).toEqual([
      'Talks\u3000resumed.',
      `Both\ufeffsides  met${' '.repeat(70_000)}today\u000b.`,
    ]);
    expect(result.tokens[6]?.span).toEqual({ start: 70_030, end: 70_035 });
    expect(segmentationProblems(text, result)).toEqual([]);
  });

  it('survives lone surrogates, control characters and CR line ends', () => {
    const text = '\ud800 Talks resumed.\r\nBoth\u0000 sides met.\rNobody \udc00 left.';
    const result = segmentText(text);
    expect(texts(text, result.sentences)).toEqual([
      '\ud800 Talks resumed.',
      'Both\u0000 sides met.',
      'Nobody \udc00 left.',
    ]);
    expect(segmentationProblems(text, result)).toEqual([]);
  });

  it('survives a long line of punctuation alone', () => {
    const text = `${'?! '.repeat(20_000)}\n${'"'.repeat(50_000)}`;
    const result = segmentText(text);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
    expect(segmentationProblems(text, result)).toEqual([]);
  });
});
