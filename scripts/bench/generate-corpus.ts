import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../seeded-random.js';

/**
 * How a generated article is made from the sample articles' text:
 * - `varied` (the default): paragraphs of 1–4 sentences drawn from all the samples' sentences, with half
 *   the names (runs of capitalised words, not the first of a sentence, not months or weekdays) swapped for
 *   another from the samples, one lower-case word of six letters or more in five swapped for another, and
 *   numbers of one or two digits redrawn. Two articles share a sentence now and then, as reports of one
 *   story do, but are seldom near-duplicates: of 8,000 articles, few are linked as copies.
 * - `recombined`: 6–14 of the samples' 63 long paragraphs, whole. So few paragraphs make nearly every
 *   article a near-duplicate of an earlier one (7,949 of 8,000 linked), and LSH buckets grow with the
 *   corpus. The benches before November 2026 used it; kept to compare with their figures.
 */
export type CorpusKind = 'varied' | 'recombined';

/** The kind `BENCH_CORPUS` names, else `varied`; fails on an unknown name. */
export function corpusKindFromEnv(value = process.env.BENCH_CORPUS): CorpusKind {
  if (value === undefined || value === '' || value === 'varied') return 'varied';
  if (value === 'recombined') return 'recombined';
  throw new Error(`BENCH_CORPUS must be varied or recombined, not ${value}`);
}

/**
 * Builds a synthetic corpus from the sample articles (see `CorpusKind`): each generated article takes a
 * title line and 6–14 paragraphs chosen by a seeded generator, with a little of the sample noise (residue,
 * boilerplate) mixed in. Same seed and kind, same corpus.
 */
export function generateCorpus(
  fixtures: string,
  outDir: string,
  count: number,
  seed = 7,
  kind: CorpusKind = corpusKindFromEnv(),
): string[] {
  return corpusStream(fixtures, seed, kind).write(outDir, count);
}

/** A corpus written a chunk at a time: each `write` continues where the last one stopped (same seed, same corpus). */
export interface CorpusStream {
  /** Writes the next `count` articles into `outDir` and returns their paths. */
  write(outDir: string, count: number): string[];
  /** Moves past the next `count` articles without writing them (to resume a stream into a filled store). */
  skip(count: number): void;
}

/** The generator behind `generateCorpus`, for benches that stream more articles than they keep on disk. */
export function corpusStream(
  fixtures: string,
  seed = 7,
  kind: CorpusKind = corpusKindFromEnv(),
): CorpusStream {
  const paragraphs = collectParagraphs(fixtures);
  if (paragraphs.length === 0) throw new Error(`no paragraphs found under ${fixtures}`);
  const random = seeded(seed);
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences = paragraphs.flatMap(sentencesOf);
  const names = [...new Set(sentences.flatMap((sentence) => sentence.match(INNER_NAME) ?? []))]
    .map((match) => match.trim())
    .filter((name) => !CALENDAR.test(name))
    .sort();
  const words = [...new Set(sentences.flatMap((sentence) => sentence.match(LONG_WORD) ?? []))].sort();
  const vary = (sentence: string): string =>
    sentence
      .replace(INNER_NAME, (match) =>
        !CALENDAR.test(match.trim()) && random() < 0.5 ? ` ${pickFrom(names)}` : match,
      )
      .replace(LONG_WORD, (match) => (random() < 0.2 ? pickFrom(words) : match))
      .replace(/\b\d{1,2}\b/g, () => String(1 + Math.floor(random() * 28)));
  const paragraph = (): string =>
    kind === 'recombined'
      ? pickFrom(paragraphs)
      : Array.from({ length: 1 + Math.floor(random() * 4) }, () => vary(pickFrom(sentences))).join(' ');
  let next = 0;
  const article = (): string => {
    const i = next++;
    const body = Array.from({ length: 6 + Math.floor(random() * 9) }, paragraph);
    if (random() < 0.2) body.splice(2, 0, '< p >');
    if (random() < 0.2) body.push('Share this article');
    const text = [`Generated report ${i + 1} on the talks`, '', ...body.flatMap((p) => [p, ''])].join('\n');
    return `${text}\nReference number ${i}.\n`;
  };
  return {
    write(outDir, count) {
      mkdirSync(outDir, { recursive: true });
      const files: string[] = [];
      for (let n = 0; n < count; n++) {
        const file = join(outDir, `article-${String(next).padStart(5, '0')}.txt`);
        writeFileSync(file, article());
        files.push(file);
      }
      return files;
    },
    skip(count) {
      for (let n = 0; n < count; n++) article();
    },
  };
}

/**
 * A run of capitalised words inside a sentence (after a space, not after a full stop), with that space:
 * a name is swapped whole ("Recep Tayyip Erdogan" for "Kaja Kallas"), so no made-up mixtures appear.
 */
const INNER_NAME = /(?<![.!?:"“] ?) [A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*\b/g;

/** A lower-case word of six letters or more. */
const LONG_WORD = /\b[a-z]{6,}\b/g;

/** Month and weekday names: left in place, so dates stay dates. */
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A paragraph's sentences: cut after . ! or ? (and a closing quote) before a space and a capital. */
function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
}

function collectParagraphs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...collectParagraphs(path));
    else if (name.endsWith('.txt')) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.trim().length > 80) out.push(line.trim());
      }
    }
  }
  return out;
}
