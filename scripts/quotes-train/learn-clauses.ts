// Learns, on PolNeAR train only, the clause model of the quote layer and writes its weights to
// src/extract/quotes/model/clause-weights.ts (dev is never read). The model decides which verbs the rules
// left alone open an attribution with the speaker words before them (`clauseRefiner`; candidates and
// features: `clauses` in src/extract/quotes/model/clause-features.ts).
// Run from the repository root: node --import tsx scripts/quotes-train/learn-clauses.ts [sharedDir] [fit|all]
// (default ../shared, all; "fit" trains on the first 672 train articles only, so that the last 168 can be
// scored as a held-out slice with the real scorer). Rerun it after changing the rules: the candidates
// depend on what they leave. Deterministic: fixed article order, one seeded shuffle, no clock.
//
// Model: L2-regularised logistic regression over sparse features (single lower-case word forms, tags,
// bucketed counts; no text of the articles). Features seen fewer than MIN_SEEN times on train are
// dropped; AdaGrad stochastic gradient descent, EPOCHS passes over the examples in one seeded shuffled
// order, L2 weight LAMBDA; weights under MIN_WEIGHT in absolute value are not written.
// Label: a clause is right when a gold attribution's cue overlaps its verb and the gold source is exactly
// its speaker words.
// Selection rule for the threshold: 5-fold cross-validation by article (article index mod 5); each
// clause gets the probability of the model trained on the other four folds (0 when its speaker words
// only describe and that model's weight for their head word is not positive, as `clauseRefiner` asks);
// the threshold kept is the one that maximises the estimated all-attribution speaker F1 exact on train
// when the clauses at or above it are added to the rules' output: 2 (TP + k) / (predicted + m + gold) for
// m clauses added of which k are right, TP, predicted and gold being the rules' own counts on train
// (BASE, measured before the model); never below MIN_CLAUSE.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/ingest/build-document.js';
import { cleanSpanToRaw } from '../../src/ingest/offset-map.js';
import { readText } from '../../src/ingest/readers/index.js';
import type { Span } from '../../src/model/index.js';
import { buildPipeline, runPipeline } from '../../src/pipeline/index.js';
import { segmentExtractor } from '../../src/extract/segment/index.js';
import { entityExtractor } from '../../src/extract/entities/index.js';
import { timeExtractor } from '../../src/extract/time/index.js';
import { anchoredTimeExtractor } from '../../src/extract/anchored/index.js';
import { quoteInput } from '../../src/extract/quotes/quote-input.js';
import type { QuoteCandidate } from '../../src/extract/quotes/quote-input.js';
import { quoteMatchers } from '../../src/extract/quotes/matchers/quote-matchers.js';
import { quoteRefiners } from '../../src/extract/quotes/refiners/quote-refiners.js';
import { clauseRefiner } from '../../src/extract/quotes/model/clause-refiner.js';
import { clauses, describedHead } from '../../src/extract/quotes/model/clause-features.js';
import type { LinearModel } from '../../src/extract/quotes/model/linear-model.js';
import { goldOf, polnearPath, readPolnear } from '../eval/polnear-eval.js';
import { seeded } from '../seeded-random.js';

/** The rules' all-attribution speaker counts on train (exact pairs, predictions with a speaker, gold). */
const BASE = { tp: 8335, predicted: 11658, gold: 18360 };
const MIN_SEEN = 3;
const EPOCHS = 10;
const LAMBDA = 0.01;
const RATE = 0.2;
const FOLDS = 5;
const MIN_CLAUSE = 0.3;
const MIN_WEIGHT = 0.01;
/** Articles of train used by "fit": the rest is the held-out slice. */
const FIT = 672;
const SEED = 5;

interface Example {
  doc: number;
  features: string[];
  right: boolean;
  /** For speaker words that only describe: the head feature that must weigh more than 0. */
  described: string | null;
}
interface Model {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

const sharedDir = process.argv[2] ?? '../shared';
const subset = process.argv[3] ?? 'all';
const all = readPolnear(polnearPath(sharedDir, 'train'));
const docs = subset === 'fit' ? all.slice(0, FIT) : all;
const pipeline = buildPipeline([segmentExtractor, entityExtractor, timeExtractor, anchoredTimeExtractor]);
const same = (a: Span | null, b: Span): boolean => a !== null && a.start === b.start && a.end === b.end;
const overlaps = (a: Span | null, b: Span): boolean => a !== null && a.start < b.end && b.start < a.end;
/** The refiners that run before the clause model: it sees what the rules kept. */
const rulesBefore = quoteRefiners.slice(0, quoteRefiners.indexOf(clauseRefiner));

const examples: Example[] = [];
docs.forEach((gold, d) => {
  const built = buildDocument(readText(gold.text, { kind: 'file', ref: gold.filename }));
  const doc = runPipeline(pipeline, built, { referenceDate: gold.publication_date, pack: null });
  const toRaw = (span: Span): Span => cleanSpanToRaw(doc.offsetMap, span, doc.raw.length);
  const input = quoteInput(doc.text, doc.layers, gold.publication_date);
  let found: QuoteCandidate[] = [];
  for (const matcher of quoteMatchers) found = found.concat(matcher(input, found));
  for (const refiner of rulesBefore) found = refiner(found, input);
  const attributions = goldOf(gold.attributions);
  for (const clause of clauses(input, found)) {
    const cue = toRaw(input.tokens[clause.verb]!.span);
    const speaker = toRaw(clause.candidate.speakerPhrase!);
    const right = attributions.some((a) => overlaps(a.cue, cue) && same(a.source, speaker));
    const described = describedHead(input, clause.candidate.speakerPhrase!);
    examples.push({ doc: d, features: clause.features, right, described });
  }
});

const model = learn(examples);
writeWeights(model, examples.length);

function train(set: Example[]): Model {
  const seen = new Map<string, number>();
  for (const e of set) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const order = set.map((_, i) => i);
  const next = seeded(SEED);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const weights = new Map<string, number>();
  const squared = new Map<string, number>();
  let bias = 0;
  let biasSquared = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (const i of order) {
      const e = set[i]!;
      const features = e.features.filter((f) => (seen.get(f) ?? 0) >= MIN_SEEN);
      const g = probability({ bias, weights }, features) - (e.right ? 1 : 0);
      biasSquared += g * g;
      bias -= (RATE * g) / Math.sqrt(biasSquared);
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        const gf = g + LAMBDA * w;
        const s = (squared.get(f) ?? 1e-8) + gf * gf;
        squared.set(f, s);
        weights.set(f, w - (RATE * gf) / Math.sqrt(s));
      }
    }
  }
  return { bias, weights };
}

function probability(model: Model, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Cross-validates, picks the threshold by the selection rule (header), and trains on every example. */
function learn(set: Example[]): LinearModel {
  const scored: Array<{ p: number; right: boolean }> = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const foldModel = train(set.filter((e) => e.doc % FOLDS !== fold));
    for (const e of set.filter((x) => x.doc % FOLDS === fold)) {
      const silent = e.described !== null && !((foldModel.weights.get(e.described) ?? 0) > 0);
      scored.push({ p: silent ? 0 : probability(foldModel, e.features), right: e.right });
    }
  }
  scored.sort((a, b) => b.p - a.p);
  const f1 = (k: number, m: number): number => (2 * (BASE.tp + k)) / (BASE.predicted + m + BASE.gold);
  let best = { f1: f1(0, 0), threshold: 1, taken: 0, right: 0 };
  let right = 0;
  scored.forEach((s, i) => {
    right += s.right ? 1 : 0;
    const boundary = i + 1 === scored.length || scored[i + 1]!.p !== s.p;
    if (s.p >= MIN_CLAUSE && boundary && f1(right, i + 1) > best.f1)
      best = { f1: f1(right, i + 1), threshold: s.p, taken: i + 1, right };
  });
  console.log(
    `${set.length} clauses, ${set.filter((e) => e.right).length} right; cross-validated threshold ` +
      `${best.threshold.toFixed(3)}: ${best.taken} added, ${best.right} of them right; estimated train ` +
      `speaker F1 exact ${f1(0, 0).toFixed(3)} -> ${best.f1.toFixed(3)}`,
  );
  const final = train(set);
  const weights = new Map(
    [...final.weights]
      .map(([f, w]) => [f, Math.round(w * 1000) / 1000] as const)
      .filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  );
  const threshold = best.taken === 0 ? 1000 : Math.log(best.threshold / (1 - best.threshold));
  return {
    bias: Math.round(final.bias * 1000) / 1000,
    threshold: Math.round(threshold * 1000) / 1000,
    weights,
  };
}

/** A string literal as prettier writes it here: single quotes, unless the text holds one and no double. */
function quoted(text: string): string {
  if (text.includes("'") && !text.includes('"')) return JSON.stringify(text);
  return `'${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'")}'`;
}

function writeWeights(learned: LinearModel, count: number): void {
  const from = subset === 'fit' ? `the first ${FIT} articles of PolNeAR train` : 'PolNeAR train';
  writeFileSync(
    join('src', 'extract', 'quotes', 'model', 'clause-weights.ts'),
    `import type { LinearModel } from './linear-model.js';

/**
 * Weights of the clause model (\`clauseRefiner\`), learned on ${from} (${count} clauses) by
 * scripts/quotes-train/learn-clauses.ts; do not edit by hand, run the script (its header gives the
 * selection rule). Keys are the features of \`clauses\`: single lower-case word forms, tags and buckets,
 * no text of the articles.
 */
export const CLAUSE_MODEL: LinearModel = {
  bias: ${learned.bias},
  threshold: ${learned.threshold},
  weights: new Map([
${[...learned.weights].map(([f, w]) => `    [${quoted(f)}, ${w}],`).join('\n')}
  ]),
};
`,
  );
}
