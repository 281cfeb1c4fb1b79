import { buildActorReport } from '../service/corpus-service.js';
import type { Store } from '../store/store.js';

/**
 * The order-independent part of the corpus record, in a form two stores can be compared by, whatever order their articles arrived in:
 * sorted lines with no store-made ids (actor and event ids depend on which article came first), only
 * content-derived document ids. Used to check that workers on PostgreSQL build the record a single
 * SQLite process builds; see README.md for what it leaves out and why.
 */
export interface CorpusProjection {
  documents: string[];
  /**
   * `kind|alias;alias…|articles`. The display name is left out: it is the first-seen form, so two workers
   * can pick different spellings of one actor ("Zelensky", "Zelenskyy"); every spelling is in the aliases.
   */
  actors: string[];
  /** Each actor's linked (document, entity) pairs grouped by actor: which mentions go together. */
  actorGroups: string[];
  /**
   * Every event mention as the store records it, `doc#index|kind|status|date|place|participant;…`: what
   * each article reports. Which mentions are merged into one event is left out: the merge is greedy, so
   * arrival order (and batch size) changes the grouping, in one SQLite process as much as across workers.
   */
  eventMentions: string[];
}

/** Reads the projection of everything in `store`. */
export async function projectCorpus(store: Store): Promise<CorpusProjection> {
  const documents: string[] = [];
  for await (const doc of store.exportAll()) documents.push(doc.id);
  const who = await buildActorReport(store);
  const actors = who.actors.map((actor) =>
    [
      actor.kind,
      actor.aliases
        .map((a) => a.text)
        .sort()
        .join(';'),
      actor.articles,
    ].join('|'),
  );
  const groups = new Map<string, string[]>();
  for (const link of await store.listActorLinks()) {
    groups.set(link.actorId, [...(groups.get(link.actorId) ?? []), `${link.docId}/${link.entityId}`]);
  }
  const actorGroups = [...groups.values()].map((members) => members.sort().join(' '));
  const eventMentions = (await store.listEventRecords()).map((r) =>
    [
      `${r.docId}#${r.index}`,
      r.kind,
      r.status,
      r.date ?? '-',
      r.place ?? '-',
      [...r.participantNames].sort().join(';'),
    ].join('|'),
  );
  return {
    documents: documents.sort(),
    actors: actors.sort(),
    actorGroups: actorGroups.sort(),
    eventMentions: eventMentions.sort(),
  };
}

/**
 * The duplicate links as unordered pairs (`a~b`, sorted). Not part of the projection: a copy points to its
 * most similar earlier article, and "earlier" is arrival order, so which pairs exist differs between two
 * runs over the same articles in a different order (one SQLite process included) whenever three or more
 * are near-copies of one another. A pair whose two articles are far more alike than any third is found in
 * every order.
 */
export async function copyPairs(store: Store): Promise<string[]> {
  return (await store.listDuplicates()).map((link) => [link.doc, link.of].sort().join('~')).sort();
}
