import { agreeingAnchors, learnAnchors } from '../corpus/learn-anchors.js';
import { findAnchorMatches } from '../extract/dating/anchor-matches.js';
import type { CorpusAnchor, Document, KnownAnchor, StoryPack } from '../model/index.js';
import type { Pipeline } from '../pipeline/index.js';
import type { Store } from '../store/store.js';
import { resolveDocumentActors } from './corpus-service.js';
import { processDocument } from './process-document.js';

/** Learned anchors in the form dating reads: one per cue the corpus agrees on. */
export function asKnownAnchors(anchors: readonly CorpusAnchor[]): KnownAnchor[] {
  return agreeingAnchors(anchors).map(({ id, label, date, cues }) => ({
    id,
    label,
    date,
    cues,
    basis: 'corpus',
  }));
}

/**
 * The corpus dating step for newly stored documents: learns the events they date, and re-dates the
 * stored undated articles that mention one of those events, without reprocessing any other article. A
 * re-dated article runs the extractors again against its new date (so "last week" resolves) and has its
 * actors linked again. Returns the anchors now known and the ids of the re-dated documents.
 */
export async function learnAndRedate(
  store: Store,
  added: readonly Document[],
  options: { pipeline: Pipeline; pack: StoryPack | null },
): Promise<{ anchors: KnownAnchor[]; redated: string[] }> {
  const learned = added.flatMap(learnAnchors);
  if (learned.length === 0) return { anchors: asKnownAnchors(await store.listAnchors()), redated: [] };
  await store.putAnchors(learned);
  const anchors = asKnownAnchors(await store.listAnchors());
  const fresh = anchors.filter((known) => learned.some((anchor) => anchor.id === known.id));
  const redated: string[] = [];
  for (const id of await undatedCandidates(store, fresh)) {
    const stored = await store.getDocument(id);
    if (!stored) continue;
    // Only an article that mentions one of the newly learned events can gain a date from them.
    if (findAnchorMatches(stored.text, stored.layers.sentences ?? [], fresh).length === 0) continue;
    const redone = processDocument(
      options.pipeline,
      { ...stored, layers: {}, producers: {} },
      { pack: options.pack, corpusAnchors: anchors },
    );
    if (!redone.published.value) continue;
    if (await store.replaceAnalysis(redone)) {
      redated.push(id);
      await resolveDocumentActors(store, [redone]);
    }
  }
  return { anchors, redated };
}

/** How many full-text hits per learned place are checked; more undated articles naming it wait for the next run. */
export const REDATE_CANDIDATES = 1000;

/**
 * The stored undated articles that name the place of a newly learned anchor, found through the full-text
 * index, so a run reads only those and never every undated article. In ingest order.
 */
async function undatedCandidates(store: Store, fresh: readonly KnownAnchor[]): Promise<string[]> {
  const undated = await store.listUndatedDocumentIds();
  if (undated.length === 0) return [];
  const wanted = new Set<string>();
  const places = new Set(fresh.map((anchor) => anchor.cues[0]!.split(' ').pop()!));
  for (const place of places) {
    for (const hit of await store.search(place, { limit: REDATE_CANDIDATES })) wanted.add(hit.id);
  }
  return undated.filter((id) => wanted.has(id));
}
