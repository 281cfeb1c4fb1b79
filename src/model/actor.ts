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
