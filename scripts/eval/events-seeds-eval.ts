import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../src/extract/entities/index.js';
import type { Document, EventMention } from '../../src/model/index.js';
import { resolvePack } from '../../src/packs/index.js';
import { seedDocuments } from './seed-documents.js';

interface ExpectedEvent {
  kind: string;
  participants?: string[];
  place?: string;
  status: string;
  note?: string;
}

/**
 * Extracted mentions of one document grouped by kind + place + status, and with the earlier report each
 * names again (`sameAs`): one false event per group.
 */
interface Group {
  kind: string;
  place: string | null;
  status: string;
  triggers: string[];
  /** Kind, place and status of every mention in the group. */
  reports: Array<{ kind: string; place: string | null; status: string }>;
}

/**
 * Scores event mentions on the five seed articles with the built-in story pack: an expected event of
 * seeds.expected.json is found when a mention of its document has the same kind, the same status and the
 * same place (folded names equal or one containing the other; any place when none is expected). Extracted
 * mentions are grouped per document by kind + place + status, a mention the extractor links to an earlier
 * report of the same event (`sameAs`) joining that report's group; a group that matches no expected event is
 * one false event. Near misses (same place and status, other kind; same kind and place, other status) are
 * printed for tuning.
 */
export async function evalEventSeeds(sharedDir: string): Promise<string[]> {
  const dir = join(sharedDir, 'corpus', 'seeds');
  const expectedPath = join(sharedDir, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seeds events: skipped (${dir} not found)`];
  const expected = (
    JSON.parse(readFileSync(expectedPath, 'utf8')) as {
      documents: Record<string, { events?: ExpectedEvent[] }>;
    }
  ).documents;
  const lines = [
    'seeds events (built-in pack): file | expected | found | false | missed; near misses; false groups',
  ];
  const total = { expected: 0, found: 0, false: 0, files: 0 };
  for await (const { file, doc } of seedDocuments(dir, resolvePack('ukraine-peace-talks'))) {
    const want = expected[file]?.events ?? [];
    const groups = groupsOf(doc);
    const missed = want.filter((item) => !groups.some((g) => matches(g, item)));
    const falses = groups.filter((g) => !want.some((item) => matches(g, item)));
    total.expected += want.length;
    total.found += want.length - missed.length;
    total.false += falses.length;
    total.files += 1;
    lines.push(`  ${file} | ${want.length} | ${want.length - missed.length} | ${falses.length}`);
    for (const item of missed)
      lines.push(`    missed: ${label(item.kind, item.place ?? null, item.status)}${nearMiss(groups, item)}`);
    for (const g of falses)
      lines.push(`    false: ${label(g.kind, g.place, g.status)} ← ${g.triggers.join(', ')}`);
  }
  const rate = total.expected === 0 ? 0 : (100 * total.found) / total.expected;
  lines.push(
    `  all | ${total.expected} | found ${total.found} (${rate.toFixed(0)}%) | false ${total.false} (${(total.false / Math.max(1, total.files)).toFixed(1)} per article)`,
  );
  return lines;
}

function groupsOf(doc: Document): Group[] {
  const groups = new Map<string, Group>();
  const groupOfMention: Group[] = [];
  for (const event of doc.layers.eventMentions ?? []) {
    const place = event.place?.name ?? null;
    const key = `${event.kind}|${place === null ? '' : foldName(place)}|${event.status}`;
    const linked = event.sameAs ? groupOfMention[event.sameAs.index] : undefined;
    const group = linked ??
      groups.get(key) ?? { kind: event.kind, place, status: event.status, triggers: [], reports: [] };
    group.triggers.push(triggerText(doc, event));
    group.reports.push({ kind: event.kind, place, status: event.status });
    if (!linked) groups.set(key, group);
    groupOfMention.push(group);
  }
  return [...groups.values()];
}

function triggerText(doc: Document, event: EventMention): string {
  return `"${doc.text.slice(event.trigger.start, event.trigger.end)}"`;
}

function samePlace(found: string | null, want: string | undefined): boolean {
  if (want === undefined) return true;
  if (found === null) return false;
  const a = foldName(found);
  const b = foldName(want);
  return a === b || a.includes(b) || b.includes(a);
}

function matches(group: Group, item: ExpectedEvent): boolean {
  return group.reports.some(
    (r) => r.kind === item.kind && r.status === item.status && samePlace(r.place, item.place),
  );
}

function nearMiss(groups: readonly Group[], item: ExpectedEvent): string {
  const near = groups.filter(
    (g) =>
      (g.kind !== item.kind && g.status === item.status && samePlace(g.place, item.place)) ||
      (g.kind === item.kind && (g.status !== item.status || !samePlace(g.place, item.place))),
  );
  return near.length === 0 ? '' : `; near: ${near.map((g) => label(g.kind, g.place, g.status)).join(', ')}`;
}

function label(kind: string, place: string | null, status: string): string {
  return `${kind}@${place ?? '-'}/${status}`;
}
