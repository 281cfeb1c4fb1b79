import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldName } from '../../src/corpus/name-fold.js';
import type { CorpusEvent } from '../../src/corpus/corpus-events.js';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import { buildEventReport } from '../../src/service/event-service.js';
import { ingestInputs } from '../../src/service/ingest-service.js';
import { buildStanceOverview } from '../../src/service/stance-service.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

interface ExpectedEvent {
  kind: string;
  place?: string;
  status: string;
}
interface Expected {
  documents: Record<string, { events?: ExpectedEvent[] }>;
  across_documents: {
    one_event: Array<{ docs: string[]; event: string }>;
    stance_over_time: Array<{ actor: string; issue: string; position: string; seen_in: string[] }>;
  };
}

/**
 * Scores events and stances after the corpus steps, on the five seeds ingested for real with the built-in
 * pack: each expected event is found when a merged event reported by its article has a report there of
 * the same kind, place (folded, either containing the other; any when none is expected) and status; a
 * merged event reported by an article that matches none of its expected events is false. Then the
 * cross-article expectations: one event for the reports listed together, one stance run over time.
 */
export async function evalSeedEvents(shared: string): Promise<string[]> {
  const dir = join(shared, 'corpus', 'seeds');
  const expectedPath = join(shared, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seed events: skipped (${dir} not found)`];
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const work = mkdtempSync(join(tmpdir(), 'parley-seed-events-'));
  const store = await openSqliteStore(join(work, 'seeds.db'));
  try {
    await ingestInputs(store, [dir], { pack: resolvePack('ukraine-peace-talks') });
    const fileOf = new Map<string, string>();
    for await (const doc of store.exportAll())
      fileOf.set(doc.id, doc.locations[0]?.ref.split(/[\\/]/).pop() ?? doc.id);
    const { events } = await buildEventReport(store);
    const lines = ['seed events after merging (with pack): file | expected | found | false events | missed'];
    const total = { expected: 0, found: 0, false: 0 };
    for (const file of Object.keys(expected.documents).sort()) {
      const want = expected.documents[file]?.events ?? [];
      const reported = events.filter((e) => e.mentions.some((m) => fileOf.get(m.doc) === file));
      const hits = want.map((w) => reported.find((e) => matches(e, w, file, fileOf)));
      const falseEvents = reported.filter((e) => !want.some((w) => matches(e, w, file, fileOf)));
      total.expected += want.length;
      total.found += hits.filter(Boolean).length;
      total.false += falseEvents.length;
      const missed = want.filter((_, i) => !hits[i]).map((w) => `${w.kind}/${w.place ?? '-'}/${w.status}`);
      const wrong = falseEvents.map((e) => `${e.kind}/${e.place ?? '-'}/${e.status} "${e.label}"`);
      lines.push(
        `  ${file} | ${want.length} | ${hits.filter(Boolean).length} | ${falseEvents.length} ${wrong.join('; ')} | ${missed.join('; ') || '-'}`,
      );
    }
    lines.push(
      `  all | ${total.expected} | found ${total.found} (${pct(total.found, total.expected)}) | false ${total.false}`,
    );
    for (const one of expected.across_documents.one_event) {
      const holding = events.filter((e) =>
        one.docs.every((f) => e.mentions.some((m) => fileOf.get(m.doc) === f)),
      );
      lines.push(
        `  one event: ${one.event.slice(0, 50)} | ${holding.length === 1 ? `one event, ${holding[0]!.mentions.length} reports, lifecycle ${holding[0]!.lifecycle.map((s) => s.status).join(' → ')}` : `${holding.length} events hold all its reports`}`,
      );
    }
    const overview = await buildStanceOverview(store);
    for (const want of expected.across_documents.stance_over_time) {
      const cell = overview.cells.find((c) => sameName(c.actorName, want.actor) && c.issue === want.issue);
      const run = cell?.history.find((r) => r.position === want.position);
      const seen = new Set(run?.evidence.map((e) => fileOf.get(e.doc)) ?? []);
      lines.push(
        `  stance over time: ${want.actor} ${want.issue} ${want.position} | seen in ${want.seen_in.filter((f) => seen.has(f)).length} of ${want.seen_in.length}${cell?.shifted ? ' | shifted' : ''}`,
      );
    }
    return lines;
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function matches(
  event: CorpusEvent,
  want: ExpectedEvent,
  file: string,
  fileOf: Map<string, string>,
): boolean {
  const here = event.mentions.filter((m) => fileOf.get(m.doc) === file);
  const placeOk = !want.place || (event.place !== null && samePlace(event.place, want.place));
  return placeOk && here.some((m) => m.kind === want.kind && m.status === want.status);
}

function samePlace(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x === y || x.includes(y) || y.includes(x);
}

function sameName(name: string, want: string): boolean {
  const a = foldName(name);
  const b = foldName(want);
  return a === b || a.endsWith(` ${b.split(' ').pop()}`);
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${Math.round((100 * n) / d)}%`;
}
