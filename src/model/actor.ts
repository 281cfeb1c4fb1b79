import type { DocEntity, EntityKind } from './entity.js';

/** An actor across articles, as the store keeps it: the merge keys it answers to. */
export interface ActorRecord {
  id: string;
  kind: EntityKind;
  name: string;
  /** Story-pack actor id when one matched; the name then comes from the pack. */
  packActor: string | null;
  /** Every merge key the actor's entities produced (`person:zelensky`, `pack:volodymyr-zelensky`). */
  keys: string[];
}

/** One document entity assigned to one actor. */
export interface ActorLink {
  docId: string;
  entityId: string;
  actorId: string;
}

/** What one resolution run writes: actors created or changed (name, keys), and the new links. */
export interface ActorChange {
  actors: ActorRecord[];
  links: ActorLink[];
}

/** The entities of one document, as resolution reads them. */
export interface DocumentEntities {
  docId: string;
  entities: readonly DocEntity[];
}

/**
 * An event dated by one article of the corpus, learned so that other articles can be dated against it:
 * "the summit in Alaska on August 15" gives the cues `summit Alaska` / `Alaska summit` and the date.
 */
export interface CorpusAnchor {
  /** `<doc id>:<start>` of the sentence it was learned from. */
  id: string;
  label: string;
  /** `YYYY-MM-DD`. */
  date: string;
  cues: string[];
  /** The article and the sentence span it was read from. */
  doc: string;
  span: { start: number; end: number };
}

/** An article that copies or lightly rewrites an earlier one (issue #7). */
export interface DuplicateLink {
  doc: string;
  /** The earlier article it copies. */
  of: string;
  /** Estimated Jaccard similarity of their word shingles (MinHash). */
  similarity: number;
  /** `syndicated`: the same story from another outlet; `near-duplicate`: a copy or light rewrite. */
  kind: 'syndicated' | 'near-duplicate';
}

/** A stored MinHash signature of one document. */
export interface StoredSignature {
  docId: string;
  signature: number[];
  /** The outlet, to tell syndication from a copy. */
  source: string | null;
  /** The publication date, to tell the original from the copy. */
  published: string | null;
}
