import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { processDocument } from '../../src/service/process-document.js';
import { resolvePack } from '../../src/packs/resolve-pack.js';
import type { Document } from '../../src/model/index.js';

const fixtures = 'test/fixtures/articles';
const goldenDir = 'test/golden/articles';
const update = process.env.UPDATE_GOLDEN === '1';

interface Meta {
  slug: string;
  files: string[];
  expected: { title: string | null; removed: string[]; documents: number };
}

/**
 * The whole ingest path over each sample article, normalised for review: title, date, clean text, every
 * removal with the raw text it points at, paragraphs and sentences as text. No ids from the clock, no
 * timestamps; order is the file's.
 */
function normalise(doc: Document, withPack: Document): unknown {
  const slice = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
  return {
    title: doc.title?.text ?? null,
    titleInText: doc.title?.span ? slice(doc.title.span) : null,
    published: doc.published,
    location: { ...doc.locations[0], ref: doc.locations[0]?.ref.replace(/\\/g, '/') },
    producers: doc.producers,
    signals: doc.signals.map((s) => ({
      code: s.code,
      by: s.by,
      detail: s.detail,
      raw: s.rawSpan ? doc.raw.slice(s.rawSpan.start, s.rawSpan.end) : null,
    })),
    paragraphs: (doc.layers.paragraphs ?? []).map((p) => `${p.heading ? '# ' : ''}${slice(p.span)}`),
    sentences: (doc.layers.sentences ?? []).map((s) => slice(s.span)),
    times: (doc.layers.times ?? []).map((t) => `${slice(t.span)} | ${t.type} ${t.value ?? 'null'} | ${t.matcher}`),
    anchoredTimes: (doc.layers.anchoredTimes ?? []).map(
      (a) => `${slice(a.span)} | ${a.value ?? 'null'} | ${a.anchor.label ?? `unknown: ${slice(a.anchor.span)}`}`,
    ),
    quotes: (doc.layers.quotes ?? []).map(
      (q) =>
        `[${q.kind}] ${slice(q.span)} | ${q.speaker ? (q.speaker.entity ?? q.speaker.description ?? '?') + ` (${q.speaker.via})` : 'no speaker'}` +
        `${q.cue ? ` | ${slice(q.cue)}` : ''} | ${q.date ?? 'undated'}${q.unclosed ? ' | unclosed' : ''}`,
    ),
    ...eventsAndStances(doc),
    withPack: eventsAndStances(withPack),
    quality: (doc.layers.quality ?? []).map((q) => `${q.code} | ${q.severity} | ${q.detail}`),
    mentions: (doc.layers.mentions ?? []).map(
      (m) =>
        `${slice(m.span)} | ${m.kind} ${m.entity} | ${m.matcher}` +
        (m.role ? ` | ${m.role.qualifier ? `${m.role.qualifier} ` : ''}${m.role.title} of ${m.role.of ?? '?'}` : ''),
    ),
    entities: (doc.layers.entities ?? []).map(
      (e) =>
        `${e.id} ${e.kind} ${e.name} | ${e.aliases.map((a) => `${a.text}×${a.count}`).join(', ')}` +
        (e.roles.length > 0 ? ` | ${e.roles.map((r) => `${r.qualifier ? `${r.qualifier} ` : ''}${r.title} of ${r.of ?? '?'}`).join('; ')}` : ''),
    ),
    text: doc.text,
  };
}

/** Event mentions and stances as text lines: run once without a pack and once with the built-in pack. */
function eventsAndStances(doc: Document): { eventMentions: string[]; stances: string[] } {
  const slice = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
  return {
    eventMentions: (doc.layers.eventMentions ?? []).map(
      (e) =>
        `[${e.kind} ${e.status}] ${slice(e.trigger)}` +
        `${e.place ? ` | in ${e.place.name}` : ''}${e.participants.length > 0 ? ` | ${e.participants.map((p) => p.name).join(', ')}` : ''}` +
        `${e.date ? ` | ${e.date.value ?? 'null'}` : ''}${e.round !== null ? ` | round ${e.round}` : ''}` +
        `${e.outcome ? ` | outcome: ${e.outcome.text}` : ''}${e.refersBack ? ' | refers back' : ''}${e.sameAs ? ` | same as #${e.sameAs.index}` : ''} | ${e.matcher}`,
    ),
    stances: (doc.layers.stances ?? []).map(
      (s) =>
        `${s.actor.name}${s.country ? ` (${s.country.name})` : ''} ${s.position} ${s.issue} | ${slice(s.issueCue)}` +
        `${s.positionCue ? ` | ${slice(s.positionCue)}` : ''} | ${s.date ?? 'undated'} | ${s.confidence}`,
    ),
  };
}

async function ingestFixture(meta: Meta): Promise<Array<{ doc: Document; withPack: Document }>> {
  const pipeline = defaultPipeline();
  const pack = resolvePack('ukraine-peace-talks');
  const docs: Array<{ doc: Document; withPack: Document }> = [];
  for (const file of meta.files) {
    const outcome = await readInput(join(fixtures, meta.slug, file), {});
    expect(outcome.errors.map((e) => e.toLine())).toEqual([]);
    for (const raw of outcome.docs) {
      const built = buildDocument(raw);
      docs.push({ doc: processDocument(pipeline, built), withPack: processDocument(pipeline, built, { pack }) });
    }
  }
  return docs;
}

/** What each removal signal says was removed: the raw text it points at, else the text it carries. */
function removedTexts(docs: Document[]): string[] {
  return docs.flatMap((d) =>
    d.signals.map((s) => (s.rawSpan ? d.raw.slice(s.rawSpan.start, s.rawSpan.end) : (s.text ?? ''))),
  );
}

const slugs = readdirSync(fixtures).filter((s) => existsSync(join(fixtures, s, 'meta.json'))).sort();

describe('golden: sample articles through read, clean, segment, entities, times and dating', () => {
  it('has sample articles to check', () => expect(slugs.length).toBeGreaterThanOrEqual(8));

  it.each(slugs)('%s', async (slug) => {
    const meta = JSON.parse(readFileSync(join(fixtures, slug, 'meta.json'), 'utf8')) as Meta;
    const runs = await ingestFixture(meta);
    const docs = runs.map((run) => run.doc);
    expect(docs.length).toBe(meta.expected.documents);
    if (meta.expected.documents === 1) expect(docs[0]?.title?.text ?? null).toBe(meta.expected.title);
    for (const removed of meta.expected.removed) {
      expect(removedTexts(docs).some((text) => text.includes(removed)), `removal of "${removed}" recorded`).toBe(true);
      expect(docs.every((d) => !d.text.includes(removed))).toBe(true);
    }
    const actual = `${JSON.stringify(runs.map((run) => normalise(run.doc, run.withPack)), null, 2)}\n`;
    const path = join(goldenDir, `${slug}.json`);
    if (update || !existsSync(path)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(path, actual);
      if (!update) throw new Error(`wrote missing golden ${path}; review it and run the tests again`);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
