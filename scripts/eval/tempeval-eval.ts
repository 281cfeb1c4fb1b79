import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDocument } from '../../src/ingest/build-document.js';
import { cleanSpanToRaw } from '../../src/ingest/offset-map.js';
import { readText } from '../../src/ingest/readers/index.js';
import type { Pipeline } from '../../src/pipeline/index.js';
import { defaultPipeline, runPipeline } from '../../src/pipeline/index.js';
import type { Counts, Timex } from './tempeval-score.js';
import { addCounts, emptyCounts, matchTimexes, scoreTimexes, summarise } from './tempeval-score.js';

/** The TempEval-3 training files scored, under `<shared>/eval/tempeval3-train/`. */
export const TEMPEVAL_FILES = ['timebank.jsonl', 'aquaint.jsonl'] as const;

/** How `evalTempEval` runs: the pipeline (default: Parley's) and how many errors to print. */
export interface TempEvalOptions {
  pipeline?: Pipeline;
  /** Print up to this many value mismatches and misses; default from env `TEMPEVAL_ERRORS`, else 0. */
  errors?: number;
}

interface GoldDocument {
  doc_id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

interface FileResult {
  documents: number;
  counts: Counts;
  millis: number;
}

/**
 * Scores the time extractor on the TempEval-3 training data (TimeBank + AQUAINT), read in place: each
 * document runs through the pipeline with its DCT as reference date, and `times` spans are mapped back to
 * the input text. Prints strict / relaxed P, R, F1, value accuracy, value F1 and type accuracy per file and
 * combined. Returns printable lines; never fails on a missing `times` layer.
 */
export async function evalTempEval(shared: string, options: TempEvalOptions = {}): Promise<string[]> {
  const dir = join(shared, 'eval', 'tempeval3-train');
  if (!existsSync(dir)) return [`tempeval: skipped (${dir} not found)`];
  const pipeline = options.pipeline ?? defaultPipeline();
  const errors = { left: options.errors ?? envErrors(), lines: [] as string[] };
  const lines = ['tempeval: TempEval-3 timexes (TBAQ-cleaned train), micro-averaged'];
  if (!pipeline.extractors.some((e) => e.provides.includes('times'))) {
    lines.push('  times layer not in the pipeline: 0 predictions');
  }
  lines.push(`  ${HEADER}`);
  const total: FileResult = { documents: 0, counts: emptyCounts(), millis: 0 };
  for (const file of TEMPEVAL_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      lines.push(`  ${file}: not found`);
      continue;
    }
    const result = scoreFile(readGold(path), pipeline, errors);
    lines.push(`  ${row(file, result)}`);
    total.documents += result.documents;
    total.counts = addCounts(total.counts, result.counts);
    total.millis += result.millis;
  }
  lines.push(`  ${row('combined', total)}`);
  lines.push('  reference (TempEval-3 test set, value F1): HeidelTime 77.6, SUTime 67.4');
  return [...lines, ...errors.lines];
}

function envErrors(): number {
  const n = Number.parseInt(process.env.TEMPEVAL_ERRORS ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function readGold(path: string): GoldDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDocument);
}

interface ErrorSink {
  left: number;
  lines: string[];
}

function scoreFile(docs: readonly GoldDocument[], pipeline: Pipeline, errors: ErrorSink): FileResult {
  const started = performance.now();
  let counts = emptyCounts();
  for (const gold of docs) {
    const predicted = predictTimexes(gold, pipeline);
    counts = addCounts(counts, scoreTimexes(gold.timexes, predicted));
    if (errors.left > 0) collectErrors(gold, predicted, errors);
  }
  return { documents: docs.length, counts, millis: performance.now() - started };
}

/**
 * Runs the pipeline on one gold document's text, with its DCT as reference date, and returns the `times`
 * layer as timexes whose spans point into the input text (empty when the layer is absent).
 */
export function predictTimexes(
  gold: Pick<GoldDocument, 'doc_id' | 'dct' | 'text'>,
  pipeline: Pipeline,
): Timex[] {
  const built = buildDocument(readText(gold.text, { kind: 'file', ref: gold.doc_id }));
  const doc = runPipeline(pipeline, built, { referenceDate: gold.dct });
  return (doc.layers.times ?? []).map((time) => {
    const span = cleanSpanToRaw(doc.offsetMap, time.span, doc.raw.length);
    return { ...span, type: time.type, value: time.value, text: doc.raw.slice(span.start, span.end) };
  });
}

function collectErrors(gold: GoldDocument, predicted: readonly Timex[], errors: ErrorSink): void {
  const pairs = new Map(matchTimexes(gold.timexes, predicted).map((p) => [p.gold, p.predicted]));
  gold.timexes.forEach((g, gi) => {
    if (errors.left <= 0) return;
    const pi = pairs.get(gi);
    const p = pi === undefined ? undefined : predicted[pi];
    if (p && p.value === g.value) return;
    errors.left--;
    const goldPart = `${JSON.stringify(g.text ?? '')} ${g.type} ${g.value ?? 'null'}`;
    const predPart = p ? `${JSON.stringify(p.text ?? '')} ${p.type} ${p.value ?? 'null'}` : '(missed)';
    errors.lines.push(`  error ${gold.doc_id} dct ${gold.dct}: gold ${goldPart} | predicted ${predPart}`);
  });
}

const HEADER =
  'file | docs | gold | pred | strict P/R/F1 | relaxed P/R/F1 | value acc | value F1 | type acc | time';

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function row(name: string, result: FileResult): string {
  const s = summarise(result.counts);
  const { gold, predicted } = result.counts;
  return (
    `${name} | ${result.documents} | ${gold} | ${predicted} | ` +
    `${pct(s.strictP)}/${pct(s.strictR)}/${pct(s.strictF1)} | ` +
    `${pct(s.relaxedP)}/${pct(s.relaxedR)}/${pct(s.relaxedF1)} | ` +
    `${pct(s.valueAccuracy)} | ${pct(s.valueF1)} | ${pct(s.typeAccuracy)} | ${(result.millis / 1000).toFixed(1)}s`
  );
}
