import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../src/extract/entities/index.js';
import type { StanceMention } from '../../src/model/event.js';
import type { Document } from '../../src/model/index.js';
import { resolvePack } from '../../src/packs/index.js';
import { seedDocuments } from './seed-documents.js';

interface ExpectedStance {
  actor: string;
  via?: string;
  issue: string;
  position: string;
  evidence: string;
}

/**
 * Scores stances on the five seed articles with the built-in pack: an expected stance is found when an
 * extracted stance has its issue and position and an actor whose entity name or country equals the
 * expected actor or `via` (folded; a surname is enough); its evidence is right when the stance's span
 * overlaps the place of the expected evidence text. False stances are those matching no expected stance.
 */
export async function evalStanceSeeds(sharedDir: string): Promise<string[]> {
  const dir = join(sharedDir, 'corpus', 'seeds');
  const expectedPath = join(sharedDir, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seeds stances: skipped (${dir} not found)`];
  const expected = (
    JSON.parse(readFileSync(expectedPath, 'utf8')) as {
      documents: Record<string, { stances?: ExpectedStance[] }>;
    }
  ).documents;
  const lines = [
    'seeds stances (pack ukraine-peace-talks): file | expected | found | right evidence | false',
  ];
  const total = { expected: 0, found: 0, right: 0, false: 0 };
  for await (const { file, doc } of seedDocuments(dir, resolvePack('ukraine-peace-talks'))) {
    const want = expected[file]?.stances ?? [];
    const stances = doc.layers.stances ?? [];
    let found = 0;
    let right = 0;
    const notes: string[] = [];
    for (const item of want) {
      const matching = stances.filter((s) => matches(s, item));
      const where = evidenceSpan(doc.text, item.evidence);
      const hit = matching.find(
        (s) => where !== null && s.span.start < where.end && where.start < s.span.end,
      );
      if (matching.length > 0) found += 1;
      if (hit) right += 1;
      else
        notes.push(
          `${matching.length > 0 ? 'wrong evidence' : 'missed'}: ${item.actor} ${item.position} ${item.issue}`,
        );
    }
    const falses = stances.filter((s) => !want.some((item) => matches(s, item)));
    for (const s of falses) notes.push(`FALSE: ${describe(doc, s)}`);
    total.expected += want.length;
    total.found += found;
    total.right += right;
    total.false += falses.length;
    lines.push(`  ${file} | ${want.length} | ${found} | ${right} | ${falses.length}`);
    for (const note of notes) lines.push(`    ${note}`);
  }
  lines.push(
    `  all | ${total.expected} | found ${total.found} | right evidence ${total.right} | false ${total.false}`,
  );
  return lines;
}

function normalise(text: string): string {
  return text.replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'");
}

/** Where the expected evidence stands in the text (quote marks made straight); null when absent. */
function evidenceSpan(text: string, evidence: string): { start: number; end: number } | null {
  const at = normalise(text).indexOf(normalise(evidence));
  return at < 0 ? null : { start: at, end: at + evidence.length };
}

function sameName(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x === y || x.split(/\s+/u).pop() === y.split(/\s+/u).pop();
}

function matches(stance: StanceMention, item: ExpectedStance): boolean {
  if (stance.issue !== item.issue || stance.position !== item.position) return false;
  const names = [stance.actor.name, stance.country?.name].filter((n): n is string => n !== undefined);
  const wanted = [item.actor, item.via].filter((n): n is string => n !== undefined);
  return names.some((name) => wanted.some((w) => sameName(name, w)));
}

function describe(doc: Document, s: StanceMention): string {
  const cue = s.positionCue ? doc.text.slice(s.positionCue.start, s.positionCue.end) : '-';
  const issueCue = doc.text.slice(s.issueCue.start, s.issueCue.end);
  return `${s.actor.name}${s.country ? ` (${s.country.name})` : ''} ${s.position} ${s.issue} [${cue} | ${issueCue}] "${doc.text.slice(s.span.start, s.span.start + 70)}…"`;
}
