// Learns, on PolNeAR train only, the span tagger of the quote layer and writes its weights to
// src/extract/quotes/model/span-weights.ts (dev is never read). At run time the tagger labels each token of
// a sentence the rules left alone (`taggedSentences`: no candidate of theirs touches it, no stray double
// mark, a trigger word of level SENTENCE_LEVEL or more) as source, cue, content or outside, and the
// attributions read off the tags are added (`spanRefiner`, src/extract/quotes/model/span-refiner.ts;
// features: `featuresTo` in span-tagger.ts).
// Run from the repository root: node --import tsx scripts/quotes-train/learn-spans.ts [sharedDir]
// (default ../shared). Rerun it after changing the rules: the sentences it reads depend on what they
// leave. Deterministic: fixed article order, one seeded generator for the shuffles, no clock.
// Environment, for experiments only (the defaults are what wrote the shipped weights): EPOCHS, PRUNE
// (comma lists: the grids), LEVEL, OUT (another output path), WRITE=0 (select only).
//
// Model: an averaged structured perceptron (first order, Viterbi) over IO tags O/S/C/T, trained on every
// sentence of train with a trigger of level SENTENCE_LEVEL (also those the rules touch: more examples of
// how attributions look), applied only to those the rules left alone. Labels: a token is S, C or T when it
// lies inside the hull of a gold attribution's source, cue or content (source before cue before content
// when they nest), counting only attributions whose source or cue touches the sentence.
// Trigger words, with a level 1-5 from their cue rate (under 0.1, 0.2, 0.4, 0.6, above): lower-case words
// that lie inside a gold cue at least MIN_TRIGGER times on train and in at least TRIGGER_RATE of their
// occurrences. Features seen fewer than MIN_SEEN times are dropped; weights are the averaged weights
// times SCALE, rounded; features whose largest weight is under the pruning bar in absolute value are
// dropped (the file stays under 2 MB).
// Selection rule: train on the first FIT articles of train and score the whole quote layer, the tagger
// included, on the last ones (the held-out slice, as learn-clauses.ts "fit") with the PolNeAR scorer
// (scoreArticle in scripts/eval/polnear-eval.ts), the refiner's bars included (`stated`, `reportedSpeechRefiner`, `seenSpeaking`).
// The number of epochs (EPOCH_GRID), the pruning bar (PRUNE_GRID) and the cue margin
// (an attribution is kept when the best tagging scores at least this much above the best tagging without
// its cue; tried at the 0, 10, …, 60th percentiles of the held-out attributions' margins) kept are those
// with the highest held-out all-attribution speaker F1 exact, provided the held-out direct speaker F1
// overlap and direct content F1 exact do not drop (first best on ties). The model written is then
// trained on all of train with those settings. SENTENCE_LEVEL (3) was chosen on the same slice for
// speed: level 1 (11,474 sentences of train) and 3 (6,150) gave the same held-out F1, level 4 (2,695)
// 0.006 less; 5 and 10 epochs gave the same; a pruning bar of 40 (24,148 features) gave 0.001 more than 80
// (10,228), and 80 is kept for speed and size; a trigger rate of 0.1 instead of 0.05 gave 0.002 more
// before the bars (noise; not kept); reading sentences the rules touched too (adding only what overlaps
// none of their spans) gave nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/ingest/build-document.js';
import { cleanSpanToRaw } from '../../src/ingest/offset-map.js';
import { readText } from '../../src/ingest/readers/index.js';
import type { Document, Span } from '../../src/model/index.js';
import { buildPipeline, runPipeline } from '../../src/pipeline/index.js';
import { segmentExtractor } from '../../src/extract/segment/index.js';
import { entityExtractor } from '../../src/extract/entities/index.js';
import { timeExtractor } from '../../src/extract/time/index.js';
import { anchoredTimeExtractor } from '../../src/extract/anchored/index.js';
import { quoteInput, type QuoteCandidate, type QuoteInput } from '../../src/extract/quotes/quote-input.js';
import { quoteMatchers } from '../../src/extract/quotes/matchers/quote-matchers.js';
import { quoteRefiners } from '../../src/extract/quotes/refiners/quote-refiners.js';
import { spanRefiner, spanRefinerWith } from '../../src/extract/quotes/model/span-refiner.js';
import {
  attributionsOf,
  emissions,
  viterbi,
  cueMargin,
  sentenceFeatures,
  taggedSentences,
  TAGS,
  type SpanTaggerModel,
} from '../../src/extract/quotes/model/span-tagger.js';
import {
  emptyTally,
  f1,
  polnearPath,
  prf,
  readPolnear,
  scoreArticle,
  type PolnearDoc,
  type Tally,
} from '../eval/polnear-eval.js';
import { seeded } from '../seeded-random.js';

const MIN_SEEN = 3;
const MIN_TRIGGER = 3;
const TRIGGER_RATE = Number(process.env.TRIGGER_RATE ?? 0.05);
const SCALE = 10;
const FIT = 672;
const SEED = 7;
const EPOCH_GRID = (process.env.EPOCHS ?? '5').split(',').map(Number);
/** Features whose largest weight (times SCALE) is under this in absolute value are dropped: under 2 MB. */
const PRUNE_GRID = (process.env.PRUNE ?? '80').split(',').map(Number);
/** The trigger level a sentence must hold to be tagged. */
const SENTENCE_LEVEL = Number(process.env.LEVEL ?? 3);
const QUANTILES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const K = TAGS.length;

interface Article {
  gold: PolnearDoc;
  input: QuoteInput;
  raw: string;
  offsetMap: Document['offsetMap'];
  /** The candidates after the refiners that run before the tagger. */
  before: QuoteCandidate[];
  /** Token spans in the raw text. */
  rawTokens: Span[];
}
interface Sentence {
  features: Int32Array[];
  labels: number[];
}

const sharedDir = process.argv[2] ?? '../shared';
const pipeline = buildPipeline([segmentExtractor, entityExtractor, timeExtractor, anchoredTimeExtractor]);
/** The refiners before the tagger (it sees what they kept) and after it. */
const position = quoteRefiners.indexOf(spanRefiner);
const rulesBefore = quoteRefiners.slice(0, position);
const rulesAfter = quoteRefiners.slice(position + 1);

const articles: Article[] = readPolnear(polnearPath(sharedDir, 'train')).map((gold) => {
  const built = buildDocument(readText(gold.text, { kind: 'file', ref: gold.filename }));
  const doc = runPipeline(pipeline, built, { referenceDate: gold.publication_date, pack: null });
  const input = quoteInput(doc.text, doc.layers, gold.publication_date);
  let before: QuoteCandidate[] = [];
  for (const matcher of quoteMatchers) before = before.concat(matcher(input, before));
  for (const refiner of rulesBefore) before = refiner(before, input);
  const rawTokens = input.tokens.map((t) => cleanSpanToRaw(doc.offsetMap, t.span, doc.raw.length));
  return { gold, input, raw: doc.raw, offsetMap: doc.offsetMap, before, rawTokens };
});

const triggers = learnTriggers(articles);
console.log(`${triggers.size} trigger words`);

const hull = (parts: Array<{ spans: Array<[number, number]> }>): Span | null => {
  const spans = parts.flatMap((p) => p.spans);
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) };
};
const inside = (t: Span, s: Span | null): boolean => s !== null && t.start >= s.start && t.end <= s.end;

/** The level of a cue rate: under 0.1, 0.2, 0.4, 0.6, above. */
function level(rate: number): number {
  return [0.1, 0.2, 0.4, 0.6].filter((x) => rate >= x).length + 1;
}

function learnTriggers(list: Article[]): Map<string, number> {
  const total = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const a of list) {
    const cues = a.gold.attributions.flatMap((g) => g.cue.flatMap((p) => p.spans));
    a.input.words.forEach((w, i) => {
      total.set(w, (total.get(w) ?? 0) + 1);
      const t = a.rawTokens[i]!;
      if (cues.some(([s, e]) => t.start >= s && t.end <= e)) cue.set(w, (cue.get(w) ?? 0) + 1);
    });
  }
  return new Map(
    [...cue]
      .filter(([w, n]) => n >= MIN_TRIGGER && n / total.get(w)! >= TRIGGER_RATE && /\p{L}/u.test(w))
      .map(([w, n]) => [w, level(n / total.get(w)!)] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  );
}

/** The tagged sentences of an article with gold labels, features as strings. */
function sentencesOf(a: Article, training: boolean): Array<{ features: string[][]; labels: number[] }> {
  const golds = a.gold.attributions.map((g) => ({
    source: hull(g.source),
    cue: hull(g.cue),
    content: hull(g.content),
  }));
  return taggedSentences(a.input, training ? [] : a.before, triggers, SENTENCE_LEVEL).map(
    ([floor, ceiling]) => {
      const span = { start: a.rawTokens[floor]!.start, end: a.rawTokens[ceiling - 1]!.end };
      const touches = (s: Span | null): boolean => s !== null && s.start < span.end && span.start < s.end;
      const here = golds.filter((g) => touches(g.source) || touches(g.cue));
      const labels: number[] = [];
      for (let at = floor; at < ceiling; at += 1) {
        const t = a.rawTokens[at]!;
        let label = 0;
        if (here.some((g) => inside(t, g.source))) label = 1;
        else if (here.some((g) => inside(t, g.cue))) label = 2;
        else if (here.some((g) => inside(t, g.content))) label = 3;
        labels.push(label);
      }
      return { features: sentenceFeatures(a.input, floor, ceiling, triggers), labels };
    },
  );
}

const raw = articles.map((a) => sentencesOf(a, false));
const wide = articles.map((a) => sentencesOf(a, true));
console.log(
  `${raw.flat().length} tagged sentences, ${raw.flat().filter((s) => s.labels.some((l) => l === 2)).length} with a cue`,
);

/** Interns the features seen at least MIN_SEEN times in the given articles. */
function encode(range: Array<Array<{ features: string[][]; labels: number[] }>>): {
  names: string[];
  sentences: Sentence[];
} {
  const seen = new Map<string, number>();
  for (const a of range)
    for (const s of a)
      for (const list of s.features) for (const f of list) seen.set(f, (seen.get(f) ?? 0) + 1);
  const names = [...seen].filter(([, n]) => n >= MIN_SEEN).map(([f]) => f);
  const index = new Map(names.map((f, i) => [f, i]));
  const sentences = range.flat().map((s) => ({
    labels: s.labels,
    features: s.features.map((list) => Int32Array.from(list.flatMap((f) => index.get(f) ?? []))),
  }));
  return { names, sentences };
}

interface Trained {
  names: string[];
  weights: Float64Array;
  start: Float64Array;
  transitions: Float64Array;
}

function train(range: Article[], fromIndex: number, epochs: number): Trained {
  const { names, sentences } = encode(wide.slice(fromIndex, fromIndex + range.length));
  const F = names.length;
  const w = new Float64Array(F * K);
  const u = new Float64Array(F * K);
  const st = new Float64Array(K);
  const su = new Float64Array(K);
  const tr = new Float64Array(K * K);
  const tu = new Float64Array(K * K);
  let c = 1;
  const order = sentences.map((_, i) => i);
  const next = seeded(SEED);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = sentences[k]!;
      const n = s.labels.length;
      const scores = new Float64Array(n * K);
      s.features.forEach((list, i) => {
        for (const f of list) for (let t = 0; t < K; t += 1) bump(scores, i * K + t, w[f * K + t]!);
      });
      const predicted = viterbi(scores, st, tr);
      const add = (tag: number, i: number, prev: number, delta: number): void => {
        for (const f of s.features[i]!) {
          bump(w, f * K + tag, delta);
          bump(u, f * K + tag, c * delta);
        }
        if (prev < 0) {
          bump(st, tag, delta);
          bump(su, tag, c * delta);
        } else {
          bump(tr, prev * K + tag, delta);
          bump(tu, prev * K + tag, c * delta);
        }
      };
      for (let i = 0; i < n; i += 1) {
        const g = s.labels[i]!;
        const p = predicted[i]!;
        const gp = i === 0 ? -1 : s.labels[i - 1]!;
        const pp = i === 0 ? -1 : predicted[i - 1]!;
        if (g === p && gp === pp) continue;
        add(g, i, gp, 1);
        add(p, i, pp, -1);
      }
      c += 1;
    }
  }
  const avg = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, i) => x - b[i]! / c);
  return { names, weights: avg(w, u), start: avg(st, su), transitions: avg(tr, tu) };
}

function bump(array: Float64Array, at: number, delta: number): void {
  array[at] = array[at]! + delta;
}

const round = (x: number): number => Math.round(x * SCALE);

function modelOf(t: Trained, margin: number, prune: number): SpanTaggerModel {
  const weights = new Map<string, number[]>();
  t.names.forEach((name, f) => {
    const row = [...t.weights.subarray(f * K, f * K + K)].map(round);
    if (row.some((x) => Math.abs(x) >= prune)) weights.set(name, row);
  });
  return {
    triggers,
    start: [...t.start].map(round),
    transitions: [...t.transitions].map(round),
    margin,
    sentenceLevel: SENTENCE_LEVEL,
    weights,
  };
}

function heldOut(model: SpanTaggerModel | null): { direct: Tally; all: Tally } {
  const tallies = { direct: emptyTally(), all: emptyTally() };
  const refiner = model ? [spanRefinerWith(model)] : [];
  for (const a of articles.slice(FIT)) {
    let found = a.before;
    for (const r of [...refiner, ...rulesAfter]) found = r(found, a.input);
    scoreArticle(tallies, a.gold, {
      raw: a.raw,
      offsetMap: a.offsetMap,
      layers: { paragraphs: [...a.input.paragraphs], quotes: found },
    });
  }
  return tallies;
}

const line = (label: string, t: { direct: Tally; all: Tally }): string =>
  `${label}: all speaker ${prf(t.all, 'source')} | ${prf(t.all, 'source', false)}; cue ${prf(t.all, 'cue')}; ` +
  `content ${prf(t.all, 'content')}; direct speaker overlap ${f1(t.direct, 'source', false).toFixed(3)}, ` +
  `content exact ${f1(t.direct, 'content').toFixed(3)}`;

const base = heldOut(null);
console.log(line('held-out, rules alone', base));
let best = { f1: f1(base.all, 'source'), epochs: 0, margin: 0, prune: 0 };
for (const epochs of EPOCH_GRID) {
  const trained = train(articles.slice(0, FIT), 0, epochs);
  for (const prune of PRUNE_GRID) {
    const margins = heldOutMargins(modelOf(trained, -1e9, prune)).sort((a, b) => a - b);
    for (const q of QUANTILES) {
      const margin = q === 0 ? -1e9 : margins[Math.floor(q * margins.length)]!;
      const model = modelOf(trained, margin, prune);
      const t = heldOut(model);
      const score = f1(t.all, 'source');
      console.log(
        line(
          `held-out, ${epochs} epochs, prune ${prune} (${model.weights.size} features), margin ${margin} (quantile ${q})`,
          t,
        ),
      );
      const safe =
        f1(t.direct, 'source', false) >= f1(base.direct, 'source', false) &&
        f1(t.direct, 'content') >= f1(base.direct, 'content');
      if (safe && score > best.f1) best = { f1: score, epochs, margin, prune };
    }
  }
}
console.log(
  `kept: ${best.epochs} epochs, prune ${best.prune}, margin ${best.margin} (held-out speaker F1 exact ${best.f1.toFixed(3)})`,
);
if (process.env.WRITE !== '0' && best.epochs > 0) {
  const final = modelOf(train(articles, 0, best.epochs), best.margin, best.prune);
  write(final);
}

/** The cue margins of the attributions the tagger reads on the held-out slice. */
function heldOutMargins(model: SpanTaggerModel): number[] {
  const out: number[] = [];
  for (const a of articles.slice(FIT)) {
    for (const [floor, ceiling] of taggedSentences(a.input, a.before, triggers, SENTENCE_LEVEL)) {
      const scores = emissions(model, a.input, floor, ceiling);
      const tags = viterbi(scores, model.start, model.transitions);
      for (const x of attributionsOf(tags))
        out.push(cueMargin(scores, model.start, model.transitions, tags, x.cue[0], x.cue[1]));
    }
  }
  return out;
}

function quoted(text: string): string {
  if (text.includes("'") && !text.includes('"')) return JSON.stringify(text);
  return `'${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'")}'`;
}

/** A list of numbers as prettier writes it here (print width 110): on one line, or broken when too long. */
function numberList(numbers: readonly number[]): string {
  const line = `[${numbers.join(', ')}]`;
  return `  transitions: ${line},`.length <= 110 ? line : `[\n    ${numbers.join(', ')},\n  ]`;
}

function write(model: SpanTaggerModel): void {
  const keys = [...model.weights.keys()].sort((a, b) => (a < b ? -1 : 1));
  writeFileSync(
    process.env.OUT ?? join('src', 'extract', 'quotes', 'model', 'span-weights.ts'),
    `import type { SpanTaggerModel } from './span-tagger.js';

/**
 * Weights of the span tagger (\`spanRefiner\`), learned on PolNeAR train (${articles.length} articles) by
 * scripts/quotes-train/learn-spans.ts; do not edit by hand, run the script (its header gives the selection
 * rule). Keys are the features of \`sentenceFeatures\`: single lower-case word forms, a word with a tag or a
 * bucket, tags and buckets, no text of the articles; values are the weights of the tags O, S, C, T (times
 * ${SCALE}). Triggers: words seen in a gold cue, with the level of their cue rate.
 */
export const SPAN_TAGGER: SpanTaggerModel = {
  triggers: new Map([
${[...model.triggers].map(([w, l]) => `    [${quoted(w)}, ${l}],`).join('\n')}
  ]),
  start: [${model.start.join(', ')}],
  transitions: ${numberList(model.transitions)},
  margin: ${model.margin},
  sentenceLevel: ${model.sentenceLevel},
  weights: new Map([
${keys.map((k) => `    [${quoted(k)}, [${model.weights.get(k)!.join(', ')}]],`).join('\n')}
  ]),
};
`,
  );
  console.log(`wrote ${keys.length} features`);
}
