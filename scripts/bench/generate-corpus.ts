import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds a synthetic corpus by recombining the paragraphs of the sample articles: each generated article
 * takes a title line and 6–14 paragraphs chosen by a seeded generator, with a little of the sample noise
 * (residue, boilerplate) mixed in. Same seed, same corpus.
 */
export function generateCorpus(fixtures: string, outDir: string, count: number, seed = 7): string[] {
  return corpusStream(fixtures, seed).write(outDir, count);
}

/** A corpus written a chunk at a time: each `write` continues where the last one stopped (same seed, same corpus). */
export interface CorpusStream {
  /** Writes the next `count` articles into `outDir` and returns their paths. */
  write(outDir: string, count: number): string[];
  /** Moves past the next `count` articles without writing them (to resume a stream into a filled store). */
  skip(count: number): void;
}

/** The generator behind `generateCorpus`, for benches that stream more articles than they keep on disk. */
export function corpusStream(fixtures: string, seed = 7): CorpusStream {
  const paragraphs = collectParagraphs(fixtures);
  if (paragraphs.length === 0) throw new Error(`no paragraphs found under ${fixtures}`);
  const random = mulberry32(seed);
  const pick = (): string => paragraphs[Math.floor(random() * paragraphs.length)] ?? '';
  let next = 0;
  const article = (): string => {
    const i = next++;
    const body = Array.from({ length: 6 + Math.floor(random() * 9) }, pick);
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

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
