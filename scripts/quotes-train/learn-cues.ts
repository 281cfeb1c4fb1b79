// Learns, on PolNeAR train only, which verb forms open an attribution after a named or pronoun speaker
// (`matcher/action-clause`), and writes src/extract/quotes/lexicon/learned-cues.ts: single lower-case
// verb forms with a weight, no text of the articles. Dev is never read.
// Run from the repository root: node --import tsx scripts/quotes-train/learn-cues.ts [sharedDir]
// (default ../shared). The selection rule is documented in the written file and in
// src/extract/quotes/README.md. Rerun it after changing how speakers are found: the counts depend on it.
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
import { quoteInput, tokenAtOrAfter } from '../../src/extract/quotes/quote-input.js';
import { actionClauseOf } from '../../src/extract/quotes/matchers/indirect-forms.js';
import { ACTION_FORMS, CUE_FORMS } from '../../src/extract/quotes/lexicon/cue-verbs.js';
import { goldOf, polnearPath, readPolnear } from '../eval/polnear-eval.js';

/** Fewest times a form must open a candidate on train to be weighed at all. */
const MIN_SEEN = 4;
/**
 * Smoothed share of candidates with the right speaker a form needs to be kept: a prediction raises F1 when
 * its chance of being right is above half the F1 (all-attribution speaker F1 on train is about 0.55).
 */
const MIN_WEIGHT = 0.3;

const sharedDir = process.argv[2] ?? '../shared';
const docs = readPolnear(polnearPath(sharedDir, 'train'));
const pipeline = buildPipeline([segmentExtractor, entityExtractor, timeExtractor, anchoredTimeExtractor]);
const seen = new Map<string, { all: number; right: number }>();
const same = (a: Span | null, b: Span): boolean => a !== null && a.start === b.start && a.end === b.end;
const overlaps = (a: Span | null, b: Span): boolean => a !== null && a.start < b.end && b.start < a.end;

for (const gold of docs) {
  const built = buildDocument(readText(gold.text, { kind: 'file', ref: gold.filename }));
  const doc = runPipeline(pipeline, built, { referenceDate: gold.publication_date, pack: null });
  const toRaw = (span: Span): Span => cleanSpanToRaw(doc.offsetMap, span, doc.raw.length);
  const input = quoteInput(doc.text, doc.layers, gold.publication_date);
  const attributions = goldOf(gold.attributions);
  for (const sentence of input.sentences) {
    const floor = tokenAtOrAfter(input.tokens, sentence.span.start);
    const ceiling = tokenAtOrAfter(input.tokens, sentence.span.end);
    for (let verb = floor; verb < ceiling; verb += 1) {
      const word = input.words[verb]!;
      if (CUE_FORMS.has(word) || ACTION_FORMS.has(word) || !/^\p{Ll}+$/u.test(word)) continue;
      const candidate = actionClauseOf(input, verb, floor, ceiling);
      if (!candidate?.speakerPhrase || !candidate.cue) continue;
      const cue = toRaw(candidate.cue);
      const speaker = toRaw(candidate.speakerPhrase);
      const right = attributions.some((a) => overlaps(a.cue, cue) && same(a.source, speaker));
      const tally = seen.get(word) ?? { all: 0, right: 0 };
      tally.all += 1;
      tally.right += right ? 1 : 0;
      seen.set(word, tally);
    }
  }
}

// Weight: the share right, smoothed towards zero by one unseen miss, floored to two decimals.
const kept = [...seen]
  .filter(([, t]) => t.all >= MIN_SEEN)
  .map(([word, t]) => [word, Math.floor((100 * t.right) / (t.all + 1)) / 100] as const)
  .filter(([, weight]) => weight >= MIN_WEIGHT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(
  join('src', 'extract', 'quotes', 'lexicon', 'learned-cues.ts'),
  `/**
 * Verb forms that open an attribution after a named or pronoun speaker (\`matcher/action-clause\`), learned
 * on PolNeAR train by scripts/quotes-train/learn-cues.ts; do not edit by hand, run the script. For each
 * verb form not in CUE_FORMS or ACTION_FORMS, every place \`actionClauseOf\` accepts it on train is a
 * candidate; it is right when a gold attribution's cue overlaps the form and the gold source is exactly
 * the candidate's speaker words. Weight: right / (candidates + 1), floored to two decimals. Kept: forms
 * seen at least ${MIN_SEEN} times with weight at least ${MIN_WEIGHT} (a prediction raises F1 when its
 * chance of being right is above half the F1, about 0.55 on train). Single lower-case verb forms only.
 */
export const LEARNED_MIN_WEIGHT = ${MIN_WEIGHT};

/** Verb form to weight (smoothed share of train candidates with the right speaker). */
export const LEARNED_ACTION_FORMS: ReadonlyMap<string, number> = new Map([
${kept.map(([word, weight]) => `  ['${word}', ${weight}],`).join('\n')}
]);
`,
);
console.log(`${kept.length} verb forms kept of ${seen.size} weighed`);
