import type { Paragraph, QualitySignal, Span } from '../../../model/index.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { BULLET_LINE, KEY_POINT_LABEL, TABLE_ROW, TABLE_SEPARATOR } from '../lexicon/seo-markers.js';
import type { QualityInput, QualityMatcher } from '../quality-input.js';
import { percent, quoteOf } from '../quality-input.js';

const BY = 'quality/seo-key-points';

/**
 * Key-point tables and lists that restate the body: a pipe table ("| Key Point | Details |") or a "Key
 * Points"/"Key Takeaways" line followed by bullet lines. A table or list labelled as key points fires when
 * it has enough rows; an unlabelled pipe table fires only when most of its content words are in the body
 * too. The detail gives the rows and the measured overlap.
 */
export const keyPointMatcher: QualityMatcher = (input) => {
  const paragraphs = input.doc.layers.paragraphs ?? [];
  const signals: QualitySignal[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const block = tableAt(input, paragraphs, index) ?? listAt(input, paragraphs, index);
    if (block === null) continue;
    index = block.last;
    const overlap = bodyOverlap(input, block.span);
    if (block.rows < input.thresholds.keyPointRows) continue;
    if (!block.labelled && overlap < input.thresholds.keyPointOverlap) continue;
    signals.push({
      code: 'seo-spin',
      severity: 'warning',
      span: block.span,
      detail: `Key-point ${block.kind} "${block.header}" with ${block.rows} rows; ${percent(overlap)} of its content words repeat the body`,
      by: BY,
    });
  }
  return signals;
};

interface Block {
  kind: 'table' | 'list';
  header: string;
  labelled: boolean;
  rows: number;
  span: Span;
  last: number;
}

function lineOf(input: QualityInput, paragraph: Paragraph | undefined): string {
  return paragraph ? input.doc.text.slice(paragraph.span.start, paragraph.span.end).trim() : '';
}

function tableAt(input: QualityInput, paragraphs: readonly Paragraph[], index: number): Block | null {
  const first = paragraphs[index];
  const header = lineOf(input, first);
  if (first === undefined || !header.includes('|') || !TABLE_ROW.test(header) || TABLE_SEPARATOR.test(header))
    return null;
  let last = index;
  let rows = 0;
  while (last + 1 < paragraphs.length && isRow(lineOf(input, paragraphs[last + 1]))) {
    last += 1;
    if (!TABLE_SEPARATOR.test(lineOf(input, paragraphs[last]))) rows += 1;
  }
  const end = paragraphs[last]?.span.end ?? first.span.end;
  const labelled = KEY_POINT_LABEL.test(header);
  return {
    kind: 'table',
    header: quoteOf(header, 40),
    labelled,
    rows,
    span: { start: first.span.start, end },
    last,
  };
}

function listAt(input: QualityInput, paragraphs: readonly Paragraph[], index: number): Block | null {
  const first = paragraphs[index];
  const header = lineOf(input, first);
  if (first === undefined || header.length > 60 || !KEY_POINT_LABEL.test(header)) return null;
  let last = index;
  while (last + 1 < paragraphs.length && BULLET_LINE.test(lineOf(input, paragraphs[last + 1]))) last += 1;
  if (last === index) return null;
  const end = paragraphs[last]?.span.end ?? first.span.end;
  return {
    kind: 'list',
    header: quoteOf(header, 40),
    labelled: true,
    rows: last - index,
    span: { start: first.span.start, end },
    last,
  };
}

/** Share of the block's content words that also occur in the text outside it. */
function bodyOverlap(input: QualityInput, span: Span): number {
  const body = new Set<string>();
  const inside: string[] = [];
  for (const word of input.words) {
    if (word.lower.length < 3 || FUNCTION_WORDS.has(word.lower)) continue;
    if (word.span.start >= span.start && word.span.end <= span.end) inside.push(word.lower);
    else body.add(word.lower);
  }
  if (inside.length === 0) return 0;
  return inside.filter((w) => body.has(w)).length / inside.length;
}

function isRow(line: string): boolean {
  return line.includes('|') && TABLE_ROW.test(line);
}
