import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE } from './sample-article.js';
import { segmentText } from './segment-text.js';
import { segmentationProblems } from './segmentation-problems.js';

describe('segmentText: paragraphs and tokens', () => {
  const text = 'Talks Resume\n\n  "We are ready," he said.\t\n';

  it('trims paragraph spans and gives each sentence its paragraph index', () => {
    const result = segmentText(text);
    expect(result.paragraphs).toEqual([
      { span: { start: 0, end: 12 }, heading: true },
      { span: { start: 16, end: 40 }, heading: false },
    ]);
    expect(result.paragraphs.map((p) => text.slice(p.span.start, p.span.end))).toEqual([
      'Talks Resume',
      '"We are ready," he said.',
    ]);
    expect(result.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('gives every token its exact span and a universal part-of-speech tag', () => {
    const result = segmentText(text);
    const read = result.tokens.map((t) => [text.slice(t.span.start, t.span.end), t.span.start, t.pos]);
    expect(read).toEqual([
      ['Talks', 0, 'PROPN'],
      ['Resume', 6, 'VERB'],
      ['"', 16, 'PUNCT'],
      ['We', 17, 'PRON'],
      ['are', 20, 'AUX'],
      ['ready', 24, 'ADJ'],
      [',', 29, 'PUNCT'],
      ['"', 30, 'PUNCT'],
      ['he', 32, 'PRON'],
      ['said', 35, 'VERB'],
      ['.', 39, 'PUNCT'],
    ]);
  });

  it('keeps contractions as wink splits them, each part on its own characters', () => {
    const sample = "They can't wait. Zelenskyy’s plan isn't final.";
    const parts = segmentText(sample).tokens.map((t) => sample.slice(t.span.start, t.span.end));
    expect(parts).toEqual([
      'They',
      'ca',
      "n't",
      'wait',
      '.',
      'Zelenskyy',
      '’s',
      'plan',
      'is',
      "n't",
      'final',
      '.',
    ]);
  });
});

describe('segmentText: a whole article', () => {
  it('holds the layer contract and reads every heading as one sentence', () => {
    const result = segmentText(SAMPLE_ARTICLE);
    expect(segmentationProblems(SAMPLE_ARTICLE, result)).toEqual([]);
    const headings = result.paragraphs
      .filter((p) => p.heading)
      .map((p) => SAMPLE_ARTICLE.slice(p.span.start, p.span.end));
    expect(headings).toEqual([
      'Envoys Gather in Geneva as Ceasefire Deadline Nears',
      'By a staff reporter',
      'What Is on the Table',
      'Numbers Behind the Talks',
      'Frequently Asked Questions',
      'A Long Road',
    ]);
  });

  it('gives the same layers for the same text, whatever was segmented before', () => {
    const first = JSON.stringify(segmentText(SAMPLE_ARTICLE));
    segmentText('Quimtrell Zorblax met Vashenko at Krylovsk. Plimvar accords were signed by Dr. Xantho.');
    expect(JSON.stringify(segmentText(SAMPLE_ARTICLE))).toBe(first);
  });
});
