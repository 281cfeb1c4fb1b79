import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline, runPipeline } from '../../src/pipeline/index.js';
import { documentOf } from './meantime-eval.js';

interface GoldEvent {
  start: number;
  end: number;
  sentence: number;
  pos: string;
}

interface MeantimeDoc {
  dct: string;
  text: string;
  max_annotated_sentence: number;
  event_mentions: GoldEvent[];
}

/**
 * Checks event triggers on MEANTIME (English Wikinews), no story pack: our triggers against MEANTIME's
 * EVENT_MENTION tokens (the single-word mentions with a part of speech; multi-token groupings left out),
 * annotated sentences only, by any overlap. MEANTIME marks every event (releases, announces, fell), Parley
 * models negotiation events only, so recall is low by design; precision says how often a trigger of ours
 * is an event at all.
 */
export async function evalMeantimeEvents(sharedDir: string): Promise<string[]> {
  const path = join(sharedDir, 'eval', 'meantime', 'meantime-en.jsonl');
  if (!existsSync(path)) return [`meantime events: skipped (${path} not found)`];
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as MeantimeDoc);
  const pipeline = defaultPipeline();
  const tally = { tp: 0, found: 0, gold: 0, goldHit: 0 };
  for (const doc of docs) {
    const limit = sentenceEnd(doc.text, doc.max_annotated_sentence);
    const result = runPipeline(pipeline, documentOf(doc.text), { referenceDate: doc.dct, pack: null });
    const found = (result.layers.eventMentions ?? []).map((e) => e.trigger).filter((t) => t.end <= limit);
    const gold = doc.event_mentions.filter((m) => m.pos !== '' && m.sentence <= doc.max_annotated_sentence);
    const overlaps = (g: GoldEvent, t: { start: number; end: number }) => g.start < t.end && t.start < g.end;
    tally.tp += found.filter((t) => gold.some((g) => overlaps(g, t))).length;
    tally.goldHit += gold.filter((g) => found.some((t) => overlaps(g, t))).length;
    tally.found += found.length;
    tally.gold += gold.length;
  }
  const precision = tally.found === 0 ? 0 : tally.tp / tally.found;
  const recall = tally.gold === 0 ? 0 : tally.goldHit / tally.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [
    `meantime events (${docs.length} docs, no story pack; triggers vs EVENT_MENTION tokens, overlap): P / R / F1`,
    `  triggers: ${precision.toFixed(3)} / ${recall.toFixed(3)} / ${f1.toFixed(3)} (found ${tally.found}, gold ${tally.gold}; recall is low by design)`,
  ];
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
