import type { Span } from '../../model/index.js';
import type { Segmentation } from './segment-text.js';

const WHITESPACE_EDGE = /^\s|\s$/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** Reports stop after this many problems: one broken rule can break every token of a long text. */
const MAX_PROBLEMS = 50;

/**
 * Lists every way a segmentation breaks the layer contract, as readable messages; an empty list means it
 * holds. The contract: spans lie inside the text, are non-empty, in order and non-overlapping within each
 * layer, and neither start nor end on whitespace; paragraphs hold no line break; each sentence lies in the
 * paragraph it names; a heading is exactly one sentence; each token lies in a paragraph. Tests and
 * `check-seeds.ts` share it, so the contract is written down once.
 */
export function segmentationProblems(text: string, segmentation: Segmentation): string[] {
  const { paragraphs, sentences, tokens } = segmentation;
  return [
    ...spanProblems('paragraph', text, paragraphs.map(spanOf)),
    ...spanProblems('sentence', text, sentences.map(spanOf)),
    ...spanProblems('token', text, tokens.map(spanOf)),
    ...paragraphProblems(text, segmentation),
    ...tokenProblems(segmentation),
  ].slice(0, MAX_PROBLEMS);
}

function paragraphProblems(text: string, { paragraphs, sentences }: Segmentation): string[] {
  const problems: string[] = [];
  const own = paragraphs.map(() => [] as Span[]);
  sentences.forEach((sentence, index) => {
    const paragraph = paragraphs[sentence.paragraph];
    own[sentence.paragraph]?.push(sentence.span);
    if (paragraph === undefined || !inside(paragraph.span, sentence.span)) {
      problems.push(`sentence ${index} is not inside paragraph ${sentence.paragraph}`);
    }
  });
  paragraphs.forEach((paragraph, index) => {
    if (LINE_BREAK.test(text.slice(paragraph.span.start, paragraph.span.end))) {
      problems.push(`paragraph ${index} holds a line break`);
    }
    const spans = own[index] ?? [];
    if (paragraph.heading && (spans.length !== 1 || !sameSpan(spans[0], paragraph.span))) {
      problems.push(`heading paragraph ${index} is not exactly one sentence`);
    }
  });
  return problems;
}

function tokenProblems({ paragraphs, tokens }: Segmentation): string[] {
  const problems: string[] = [];
  let index = 0;
  tokens.forEach((token, position) => {
    while (index < paragraphs.length && (paragraphs[index]?.span.end ?? 0) < token.span.end) index += 1;
    const holder = paragraphs[index];
    if (holder === undefined || !inside(holder.span, token.span)) {
      problems.push(`token ${position} is outside every paragraph`);
    }
  });
  return problems;
}

function spanProblems(layer: string, text: string, spans: readonly Span[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  spans.forEach((span, index) => {
    const where = `${layer} ${index} [${span.start}, ${span.end})`;
    if (span.start < previousEnd) problems.push(`${where} overlaps or precedes the one before`);
    if (span.end <= span.start || span.end > text.length)
      problems.push(`${where} is empty or outside the text`);
    else if (WHITESPACE_EDGE.test(text.slice(span.start, span.end)))
      problems.push(`${where} starts or ends on whitespace`);
    previousEnd = span.end;
  });
  return problems;
}

function spanOf(item: { span: Span }): Span {
  return item.span;
}

function inside(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function sameSpan(a: Span | undefined, b: Span): boolean {
  return a !== undefined && a.start === b.start && a.end === b.end;
}
