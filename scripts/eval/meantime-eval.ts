import { textDocument } from '../../src/pipeline/text-document.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityExtractor } from '../../src/extract/entities/index.js';
import { segmentExtractor } from '../../src/extract/segment/index.js';
import type { Document, Mention, Span } from '../../src/model/index.js';
import { buildPipeline, runPipeline } from '../../src/pipeline/index.js';

interface GoldMention {
  start: number;
  end: number;
  sentence: number;
  syntactic_type: string;
  ent_type: string | null;
}

interface MeantimeDoc {
  doc_name: string;
  dct: string;
  text: string;
  max_annotated_sentence: number;
  entity_mentions: GoldMention[];
}

const KINDS: Readonly<Record<string, string>> = { PER: 'person', ORG: 'organisation', LOC: 'place' };
type Tally = { tp: number; found: number; gold: number };

/**
 * Scores the entity extractor on MEANTIME (English Wikinews), with no story pack: named (NAM) gold
 * mentions PER/ORG/LOC against found person/organisation/place mentions, inside the annotated sentences
 * only. Exact span and any-overlap P/R/F1, overall and per kind. Nationality mentions are scored twice:
 * as LOC (MEANTIME tags "US" in "US automaker" as LOC) and left out.
 */
export async function evalMeantime(sharedDir: string): Promise<string[]> {
  const path = join(sharedDir, 'eval', 'meantime', 'meantime-en.jsonl');
  if (!existsSync(path)) return [`meantime entities: skipped (${path} not found)`];
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as MeantimeDoc);
  const pipeline = buildPipeline([segmentExtractor, entityExtractor]);
  const tallies = new Map<string, Tally>();
  for (const doc of docs) {
    const limit = sentenceEnd(doc.text, doc.max_annotated_sentence);
    const result = runPipeline(pipeline, documentOf(doc.text), { referenceDate: doc.dct, pack: null });
    const found = (result.layers.mentions ?? []).filter((m) => m.span.end <= limit);
    const gold = doc.entity_mentions.filter(
      (m) =>
        m.syntactic_type === 'NAM' &&
        m.sentence <= doc.max_annotated_sentence &&
        KINDS[m.ent_type ?? ''] !== undefined,
    );
    for (const withNationality of [true, false]) {
      const label = withNationality ? 'nationality=LOC' : 'nationality left out';
      score(tallies, label, gold, found, withNationality);
    }
  }
  return report(tallies, docs.length);
}

function score(
  tallies: Map<string, Tally>,
  label: string,
  gold: GoldMention[],
  found: Mention[],
  nationality: boolean,
): void {
  const kindOf = (m: Mention) => (m.kind === 'nationality' ? (nationality ? 'place' : null) : m.kind);
  const usable = found.filter((m) => kindOf(m) !== null);
  for (const mode of ['exact', 'overlap'] as const) {
    for (const kind of ['all', 'person', 'organisation', 'place']) {
      const g = gold.filter((m) => kind === 'all' || KINDS[m.ent_type ?? ''] === kind);
      const f = usable.filter((m) => kind === 'all' || kindOf(m) === kind);
      const match = (a: GoldMention, b: Mention) =>
        (kind !== 'all' || KINDS[a.ent_type ?? ''] === kindOf(b)) && same(a, b.span, mode);
      const tally = tallies.get(`${label}|${mode}|${kind}`) ?? { tp: 0, found: 0, gold: 0 };
      tally.tp += f.filter((m) => g.some((a) => match(a, m))).length;
      tally.found += f.length;
      tally.gold += g.length;
      tallies.set(`${label}|${mode}|${kind}`, tally);
    }
  }
}

function same(gold: GoldMention, span: Span, mode: 'exact' | 'overlap'): boolean {
  if (mode === 'exact') return gold.start === span.start && gold.end === span.end;
  return gold.start < span.end && span.start < gold.end;
}

function report(tallies: Map<string, Tally>, documents: number): string[] {
  const lines = [
    `meantime entities (${documents} docs, no story pack; NAM PER/ORG/LOC, annotated sentences only): P / R / F1`,
  ];
  for (const [key, t] of [...tallies].sort()) {
    const recall = t.gold === 0 ? 0 : Math.min(1, t.tp / t.gold);
    const precision = t.found === 0 ? 0 : t.tp / t.found;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    lines.push(
      `  ${key.replaceAll('|', ' | ')}: ${precision.toFixed(3)} / ${recall.toFixed(3)} / ${f1.toFixed(3)} (found ${t.found}, gold ${t.gold})`,
    );
  }
  return lines;
}

/** Offset of the end of sentence `last` (0-based) in a one-sentence-a-line text. */
function sentenceEnd(text: string, last: number): number {
  let offset = -1;
  for (let line = 0; line <= last; line += 1) {
    offset = text.indexOf('\n', offset + 1);
    if (offset < 0) return text.length;
  }
  return offset;
}

/** A minimal document: the text as its own clean text, so spans are offsets into the gold text. */
export function documentOf(text: string): Document {
  return textDocument(text, 'eval');
}
