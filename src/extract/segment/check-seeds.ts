/**
 * Eyeballing aid, not a test: segments the real seed articles in ../shared/corpus/seeds (read in place,
 * never copied) and prints, per seed, the counts of paragraphs, headings and sentences, any breach of the
 * layer contract, and every sentence that starts with a lower-case letter or ends without punctuation,
 * which is where a boundary is most likely wrong. With `--bench` it also segments the project's own
 * 5 kB sample article 2,000 times and prints articles per second.
 *
 * Run: `npx tsx src/extract/segment/check-seeds.ts [folder] [--bench]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENDS_WITH_TERMINAL } from './lexicon/punctuation.js';
import { SAMPLE_ARTICLE } from './sample-article.js';
import { segmentText } from './segment-text.js';
import { segmentationProblems } from './segmentation-problems.js';

const DEFAULT_FOLDER = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
const BENCH_ROUNDS = 2_000;

/** Prints the report for one folder of `.txt` seeds; returns how many seeds it read. */
export function checkSeeds(folder: string): number {
  if (!existsSync(folder)) {
    console.log(`no seeds at ${folder}; nothing to check`);
    return 0;
  }
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const name of files) reportSeed(name, readFileSync(join(folder, name), 'utf8'));
  return files.length;
}

/** Segments the sample article repeatedly and returns articles per second, after one warm-up call. */
export function benchSegment(rounds: number): number {
  segmentText(SAMPLE_ARTICLE);
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) segmentText(SAMPLE_ARTICLE);
  return (rounds / (performance.now() - started)) * 1000;
}

function reportSeed(name: string, text: string): void {
  const segmentation = segmentText(text);
  const { paragraphs, sentences } = segmentation;
  const headings = paragraphs.filter((paragraph) => paragraph.heading).length;
  console.log(
    `${name}: ${paragraphs.length} paragraphs, ${headings} headings, ${sentences.length} sentences`,
  );
  for (const problem of segmentationProblems(text, segmentation)) console.log(`  CONTRACT\t${problem}`);
  for (const sentence of sentences) {
    if (paragraphs[sentence.paragraph]?.heading === true) continue;
    const content = text.slice(sentence.span.start, sentence.span.end);
    const lower = /^\p{Ll}/u.test(content);
    const open = !ENDS_WITH_TERMINAL.test(content);
    if (lower || open) console.log(`  ${lower ? 'lower' : ''}${open ? ' open' : ''}\t${shorten(content)}`);
  }
}

function shorten(content: string): string {
  return content.length <= 100 ? content : `${content.slice(0, 48)} … ${content.slice(-48)}`;
}

const args = process.argv.slice(2);
checkSeeds(args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_FOLDER);
if (args.includes('--bench')) {
  const size = Buffer.byteLength(SAMPLE_ARTICLE, 'utf8');
  console.log(`bench: ${benchSegment(BENCH_ROUNDS).toFixed(0)} articles/s on a ${size}-byte article`);
}
