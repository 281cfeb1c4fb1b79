import { chunk } from '../chunk.js';
import type { Kysely } from 'kysely';
import type { ActorChange, ActorLink, ActorRecord, EntityKind } from '../../model/index.js';
import type { StoreDatabase } from './schema.js';

/** SQLite allows 32766 bound parameters; key lists are read in chunks well under that. */
const CHUNK = 500;

/** The actors answering to any of `keys`, with all their keys. */
export async function readActorsByKeys(
  db: Kysely<StoreDatabase>,
  keys: readonly string[],
): Promise<ActorRecord[]> {
  const ids = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .selectFrom('actor_keys')
      .select('actor_id')
      .where('key', 'in', keys.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) ids.add(row.actor_id);
  }
  return readActors(db, [...ids]);
}

/** The given actors, or every actor when `ids` is omitted, in id order. */
export async function readActors(db: Kysely<StoreDatabase>, ids?: readonly string[]): Promise<ActorRecord[]> {
  if (ids && ids.length === 0) return [];
  const actors: ActorRecord[] = [];
  const chunks = ids ? chunk(ids, CHUNK) : [undefined];
  for (const part of chunks) {
    let query = db.selectFrom('actors').selectAll().orderBy('id');
    if (part) query = query.where('id', 'in', part);
    const rows = await query.execute();
    let keyQuery = db.selectFrom('actor_keys').selectAll().orderBy('actor_id').orderBy('key');
    if (part) keyQuery = keyQuery.where('actor_id', 'in', part);
    const keys = await keyQuery.execute();
    const keysOf = new Map<string, string[]>();
    for (const row of keys) keysOf.set(row.actor_id, [...(keysOf.get(row.actor_id) ?? []), row.key]);
    for (const row of rows) {
      actors.push({
        id: row.id,
        kind: row.kind as EntityKind,
        name: row.name,
        packActor: row.pack_actor,
        keys: keysOf.get(row.id) ?? [],
      });
    }
  }
  return actors.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Writes one resolution's change inside the caller's transaction; a link already present is kept. */
export async function writeActorChange(db: Kysely<StoreDatabase>, change: ActorChange): Promise<void> {
  for (const actor of change.actors) {
    await db
      .insertInto('actors')
      .values({ id: actor.id, kind: actor.kind, name: actor.name, pack_actor: actor.packActor })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: actor.name, pack_actor: actor.packActor }))
      .execute();
    if (actor.keys.length > 0) {
      await db
        .insertInto('actor_keys')
        .values(actor.keys.map((key) => ({ key, actor_id: actor.id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  for (const part of chunk(change.links, 200)) {
    await db
      .insertInto('actor_links')
      .values(part.map((link) => ({ doc_id: link.docId, entity_id: link.entityId, actor_id: link.actorId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Every link, or the links of the given documents, ordered by document and entity. */
export async function readActorLinks(
  db: Kysely<StoreDatabase>,
  docIds?: readonly string[],
): Promise<ActorLink[]> {
  if (docIds && docIds.length === 0) return [];
  const links: ActorLink[] = [];
  for (const part of docIds ? chunk(docIds, CHUNK) : [undefined]) {
    let query = db.selectFrom('actor_links').selectAll().orderBy('doc_id').orderBy('entity_id');
    if (part) query = query.where('doc_id', 'in', part);
    for (const row of await query.execute()) {
      links.push({ docId: row.doc_id, entityId: row.entity_id, actorId: row.actor_id });
    }
  }
  return links;
}
