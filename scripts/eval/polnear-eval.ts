import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/ingest/build-document.js';
import { cleanSpanToRaw } from '../../src/ingest/offset-map.js';
import { readText } from '../../src/ingest/readers/index.js';
import type { Document, QuoteMention, Span } from '../../src/model/index.js';
import { defaultPipeline, runPipeline } from '../../src/pipeline/index.js';

interface GoldPart {
  spans: Array<[number, number]>;
}
export interface GoldAttribution {
  source: GoldPart[];
  cue: GoldPart[];
  content: GoldPart[];
  content_is_quoted: boolean;
}
export interface PolnearDoc {
  filename: string;
  publication_date: string;
  text: string;
  attributions: GoldAttribution[];
}

/** The path of a PolNeAR split (`train`, `dev`) under the shared data folder. */
export function polnearPath(sharedDir: string, split: 'train' | 'dev'): string {
  return join(sharedDir, 'eval', 'polnear', `polnear-${split}.jsonl`);
}

/** The articles of a PolNeAR split file, one JSON object a line, in file order. */
export function readPolnear(path: string): PolnearDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PolnearDoc);
}

/** One attribution, gold or predicted, as hulls (first start to last end) into the input text. */
interface Attribution {
  content: Span;
  source: Span | null;
  cue: Span | null;
}

type Field = 'source' | 'cue' | 'content';
/** Exact and overlap hits on pairs, predictions and gold, per field. */
export interface Tally {
  exact: Record<Field, number>;
  overlap: Record<Field, number>;
  pred: Record<Field, number>;
  gold: Record<Field, number>;
}

/**
 * Scores the quote layer on PolNeAR dev: speaker (PolNeAR's "source"), cue and content, precision,
 * recall and F1, exact span and any overlap, for direct quotes (gold `content_is_quoted`, predicted
 * `direct`; partial quotes are left out: PolNeAR's content for them is the reporter's clause; so are
 * quotes in two apostrophes, `''…''`, which PolNeAR marks not quoted) and for all attributions. Each
 * span is compared as its hull (first start to last end), in the input text (clean spans mapped back).
 * Predicted content in marks is widened to its marks (both apostrophes of `''`), as PolNeAR counts them;
 * the halves of a split quote (the second `carried` in the same paragraph) are one attribution; a
 * prediction inside another (a partial quote inside reported speech) is not counted.
 * Gold and predicted attributions pair one to one by largest content overlap; speaker and cue are scored
 * on pairs: precision over predictions that have one, recall over gold that has one.
 */
export async function evalPolnear(sharedDir: string): Promise<string[]> {
  const path = polnearPath(sharedDir, 'dev');
  if (!existsSync(path)) return [`polnear quotes: skipped (${path} not found)`];
  const docs = readPolnear(path);
  const pipeline = defaultPipeline();
  const direct = emptyTally();
  const all = emptyTally();
  for (const gold of docs) {
    const built = buildDocument(readText(gold.text, { kind: 'file', ref: gold.filename }));
    const doc = runPipeline(pipeline, built, { referenceDate: gold.publication_date, pack: null });
    scoreArticle({ direct, all }, gold, doc);
  }
  return [
    `polnear dev quotes (${docs.length} docs): set | field | exact P/R/F1 | overlap P/R/F1`,
    ...report('direct', direct),
    ...report('all', all),
    '  published, all attributions, exact, test split: BERT-CofeNet source 0.832 / cue 0.753 / content 0.729',
  ];
}

export function emptyTally(): Tally {
  const zero = (): Record<Field, number> => ({ source: 0, cue: 0, content: 0 });
  return { exact: zero(), overlap: zero(), pred: zero(), gold: zero() };
}

/**
 * Adds one article's direct and all-attribution counts: its gold against the quotes of `doc` (for the
 * training scripts, a document whose quote layer they computed themselves).
 */
export function scoreArticle(
  tallies: { direct: Tally; all: Tally },
  gold: PolnearDoc,
  doc: Pick<Document, 'raw' | 'offsetMap' | 'layers'>,
): void {
  const predicted = predictions(doc);
  score(tallies.all, goldOf(gold.attributions), outermost(predicted.map((p) => p.attribution)));
  score(
    tallies.direct,
    goldOf(gold.attributions.filter((a) => a.content_is_quoted)),
    outermost(predicted.filter((p) => p.direct).map((p) => p.attribution)),
  );
}

/** F1 of a field, exact or overlap. */
export function f1(tally: Tally, field: Field, exact = true): number {
  const hits = (exact ? tally.exact : tally.overlap)[field];
  const total = tally.pred[field] + tally.gold[field];
  return total === 0 ? 0 : (2 * hits) / total;
}

/** "P/R/F1" of a field, exact or overlap. */
export function prf(tally: Tally, field: Field, exact = true): string {
  const hits = (exact ? tally.exact : tally.overlap)[field];
  const p = tally.pred[field] === 0 ? 0 : hits / tally.pred[field];
  const r = tally.gold[field] === 0 ? 0 : hits / tally.gold[field];
  return `${p.toFixed(3)}/${r.toFixed(3)}/${f1(tally, field, exact).toFixed(3)}`;
}

function hull(parts: GoldPart[]): Span | null {
  const spans = parts.flatMap((p) => p.spans);
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) };
}

export function goldOf(attributions: GoldAttribution[]): Attribution[] {
  return attributions.flatMap((a) => {
    const content = hull(a.content);
    return content ? [{ content, source: hull(a.source), cue: hull(a.cue) }] : [];
  });
}

const MARKS = /["“”‘’']/u;

export function predictions(
  doc: Pick<Document, 'raw' | 'offsetMap' | 'layers'>,
): Array<{ attribution: Attribution; direct: boolean }> {
  const toRaw = (span: Span): Span => cleanSpanToRaw(doc.offsetMap, span, doc.raw.length);
  const paragraphs = doc.layers.paragraphs ?? [];
  const paragraphOf = (at: number) => paragraphs.findIndex((p) => p.span.start <= at && at < p.span.end);
  const out: Array<{ attribution: Attribution; direct: boolean; quote: QuoteMention }> = [];
  const lastSpoken = new Map<string, Span>();
  for (const quote of doc.layers.quotes ?? []) {
    const content = widen(doc.raw, toRaw(quote.span), quote.kind !== 'indirect');
    const key = quote.speaker?.entity ?? quote.speaker?.description ?? '';
    const previous = out[out.length - 1];
    if (
      quote.speaker?.via === 'carried' &&
      previous &&
      previous.direct &&
      quote.kind === 'direct' &&
      paragraphOf(previous.quote.span.start) === paragraphOf(quote.span.start)
    ) {
      previous.attribution.content = { start: previous.attribution.content.start, end: content.end };
      continue;
    }
    let source = quote.speaker?.span ? toRaw(quote.speaker.span) : null;
    if (source) lastSpoken.set(key, source);
    else if (quote.speaker) source = lastSpoken.get(key) ?? null;
    out.push({
      attribution: { content, source, cue: quote.cue ? toRaw(quote.cue) : null },
      direct: quote.kind === 'direct' && !inTwoApostrophes(doc.raw, content),
      quote,
    });
  }
  return out;
}

/**
 * Content in two apostrophes (`''…''`, NYT archive text): PolNeAR's gold marks it not quoted (all 789
 * such attributions on train), so it counts among all attributions but not as a direct quote.
 */
function inTwoApostrophes(raw: string, content: Span): boolean {
  return raw.startsWith("''", content.start);
}

/** Predictions not inside a longer one of the same set. */
function outermost(list: Attribution[]): Attribution[] {
  return list.filter(
    (p) =>
      !list.some(
        (o) =>
          o !== p &&
          o.content.start <= p.content.start &&
          p.content.end <= o.content.end &&
          len(o.content) > len(p.content),
      ),
  );
}

function len(span: Span): number {
  return span.end - span.start;
}

/** Content in marks, widened to include them. */
function widen(raw: string, span: Span, marked: boolean): Span {
  if (!marked) return span;
  if (raw.slice(span.start - 2, span.start) === "''" && raw.slice(span.end, span.end + 2) === "''")
    return { start: span.start - 2, end: span.end + 2 };
  const start = MARKS.test(raw[span.start - 1] ?? '') ? span.start - 1 : span.start;
  const end = MARKS.test(raw[span.end] ?? '') ? span.end + 1 : span.end;
  return { start, end };
}

function overlap(a: Span | null, b: Span | null): number {
  if (!a || !b) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function same(a: Span | null, b: Span | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

function score(tally: Tally, gold: Attribution[], predicted: Attribution[]): void {
  for (const field of ['source', 'cue', 'content'] as const) {
    tally.gold[field] += gold.filter((g) => g[field] !== null).length;
    tally.pred[field] += predicted.filter((p) => p[field] !== null).length;
  }
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const shared = overlap(g.content, p.content);
      if (shared > 0) pairs.push([shared, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    const g = gold[i]!;
    const p = predicted[j]!;
    for (const field of ['source', 'cue', 'content'] as const) {
      if (same(g[field], p[field])) tally.exact[field] += 1;
      if (overlap(g[field], p[field]) > 0) tally.overlap[field] += 1;
    }
  }
}

function report(label: string, tally: Tally): string[] {
  return (['source', 'cue', 'content'] as const).map(
    (field) =>
      `  ${label} | ${field === 'source' ? 'speaker' : field} | ${prf(tally, field)} | ` +
      `${prf(tally, field, false)} (gold ${tally.gold[field]}, predicted ${tally.pred[field]})`,
  );
}
