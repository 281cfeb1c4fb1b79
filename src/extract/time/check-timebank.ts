/**
 * Throwaway tuning script: runs segment + times on TimeBank (or any TempEval-3 JSON Lines file given as
 * the first argument), read in place, with the document creation time as reference date, and prints
 * strict and relaxed span F1, value accuracy and value F1. `--misses` prints errors; `--bench` times a
 * 5 kB article. The official scorer lives in scripts/eval.
 */
import { readFileSync } from 'node:fs';
import { segmentText } from '../segment/index.js';
import { SAMPLE_ARTICLE } from '../segment/sample-article.js';
import { findTimes } from './find-times.js';

interface Gold {
  value: string;
  start: number;
  end: number;
  text: string;
}
const path =
  process.argv.slice(2).find((arg) => !arg.startsWith('--')) ??
  '/work/shared/eval/tempeval3-train/timebank.jsonl';
const showMisses = process.argv.includes('--misses');
let strict = 0,
  relaxed = 0,
  valueOk = 0,
  goldCount = 0,
  predicted = 0;

for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const doc = JSON.parse(line) as { dct: string; text: string; timexes: Gold[] };
  const { sentences, tokens } = segmentText(doc.text);
  const found = findTimes(doc.text, sentences, tokens, doc.dct);
  goldCount += doc.timexes.length;
  predicted += found.length;
  for (const gold of doc.timexes) {
    const hit = found.find((t) => t.span.start < gold.end && gold.start < t.span.end);
    if (hit === undefined) {
      if (showMisses) console.log(`MISS  ${JSON.stringify(gold.text)} ${gold.value}`);
      continue;
    }
    relaxed += 1;
    if (hit.span.start === gold.start && hit.span.end === gold.end) strict += 1;
    if (hit.value === gold.value) valueOk += 1;
    else if (showMisses)
      console.log(
        `VALUE ${JSON.stringify(gold.text)} ${gold.value} got ${JSON.stringify(doc.text.slice(hit.span.start, hit.span.end))} ${hit.value} ${hit.matcher} dct=${doc.dct}`,
      );
  }
  if (showMisses) {
    for (const t of found) {
      if (!doc.timexes.some((g) => t.span.start < g.end && g.start < t.span.end)) {
        console.log(
          `EXTRA ${JSON.stringify(doc.text.slice(t.span.start, t.span.end))} ${t.value} ${t.matcher}`,
        );
      }
    }
  }
}
const f1 = (hits: number): number => (2 * hits) / (goldCount + predicted);
const accuracy = valueOk / relaxed;
console.log(`gold ${goldCount} predicted ${predicted}`);
console.log(
  `strict span F1 ${(100 * f1(strict)).toFixed(1)}  relaxed span F1 ${(100 * f1(relaxed)).toFixed(1)}`,
);
console.log(
  `value accuracy ${(100 * accuracy).toFixed(1)}  value F1 ${(100 * f1(relaxed) * accuracy).toFixed(1)}`,
);

if (process.argv.includes('--bench')) {
  const { sentences, tokens } = segmentText(SAMPLE_ARTICLE);
  const rounds = 300;
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) findTimes(SAMPLE_ARTICLE, sentences, tokens, '2025-02-27');
  const perSecond = rounds / ((performance.now() - started) / 1000);
  console.log(`times layer alone: ${perSecond.toFixed(0)} articles/s on ${SAMPLE_ARTICLE.length} characters`);
}
