import { createHash } from 'node:crypto';
import type { ActorChange, ActorLink, ActorRecord, DocEntity, DocumentEntities } from '../model/index.js';
import { foldName, nameParts } from './name-fold.js';

/**
 * The keys under which an entity may meet an existing actor. People meet on their folded surname (first
 * names are checked afterwards), organisations and places on any folded alias, and anything a story pack
 * recognised on the pack id. Kinds never mix: "Trump administration" (an organisation) never meets Donald
 * Trump (a person).
 */
export function mergeKeys(entity: DocEntity): string[] {
  const keys = new Set<string>();
  if (entity.packActor) keys.add(`pack:${entity.packActor}`);
  if (entity.kind === 'person') {
    keys.add(`person:${foldName(nameParts(entity.name).surname)}`);
  } else {
    for (const text of [entity.name, ...entity.aliases.map((alias) => alias.text)]) {
      const folded = foldName(text.replace(/^the\s+/i, ''));
      if (folded.length > 0) keys.add(`${entity.kind}:${folded}`);
    }
  }
  return [...keys];
}

/**
 * Assigns every entity of the given documents to an actor, creating actors as needed. Pure: `known` holds
 * the stored actors that share a key with any of these entities, and the result says what to write.
 * Documents are taken in order, so an actor created for one is found by the next.
 *
 * A person joins an actor with the same folded surname when the given names agree: the same, one an
 * initial of the other, or one of them unstated. When several actors fit, a stated given name picks the
 * one with the same given name; a bare surname goes to the oldest actor. The fuller name wins as the
 * actor's name ("Trump" becomes "Donald Trump"); a pack's canonical name wins over both.
 */
export function resolveActors(
  known: readonly ActorRecord[],
  documents: readonly DocumentEntities[],
): ActorChange {
  const actors = new Map<string, ActorRecord>(
    known.map((actor) => [actor.id, { ...actor, keys: [...actor.keys] }]),
  );
  const byKey = new Map<string, string[]>();
  const index = (actor: ActorRecord): void => {
    for (const key of actor.keys) {
      const ids = byKey.get(key) ?? [];
      if (!ids.includes(actor.id)) ids.push(actor.id);
      byKey.set(key, ids);
    }
  };
  for (const actor of actors.values()) index(actor);
  const changed = new Set<string>();
  const links: ActorLink[] = [];

  for (const document of documents) {
    for (const entity of document.entities) {
      const keys = mergeKeys(entity);
      const candidates = [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))]
        .map((id) => actors.get(id))
        .filter((actor): actor is ActorRecord => actor !== undefined && actor.kind === entity.kind);
      let actor = pick(entity, candidates);
      if (!actor) {
        actor = {
          id: newActorId(entity, keys, actors),
          kind: entity.kind,
          name: entity.name,
          packActor: null,
          keys: [],
        };
        actors.set(actor.id, actor);
      }
      const before = JSON.stringify(actor);
      absorb(actor, entity, keys);
      if (JSON.stringify(actor) !== before) changed.add(actor.id);
      index(actor);
      links.push({ docId: document.docId, entityId: entity.id, actorId: actor.id });
    }
  }
  return { actors: [...changed].map((id) => actors.get(id)!).filter(Boolean), links };
}

function pick(entity: DocEntity, candidates: readonly ActorRecord[]): ActorRecord | undefined {
  if (entity.packActor) {
    const packed = candidates.find((actor) => actor.packActor === entity.packActor);
    if (packed) return packed;
  }
  if (entity.kind !== 'person') return candidates[0];
  const given = nameParts(entity.name).given;
  const fitting = candidates.filter((actor) => givenNamesAgree(given, nameParts(actor.name).given));
  if (given) {
    const same = fitting.find((actor) => foldName(nameParts(actor.name).given ?? '') === foldName(given));
    if (same) return same;
  }
  return fitting[0];
}

/** Given names agree when equal once folded, when one is the other's initial, or when either is unstated. */
export function givenNamesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  const initial = (word: string): string | null => (/^[A-Z]\.?$/.test(word) ? word[0]!.toLowerCase() : null);
  return initial(a) === fb[0] || initial(b) === fa[0];
}

function absorb(actor: ActorRecord, entity: DocEntity, keys: readonly string[]): void {
  for (const key of keys) if (!actor.keys.includes(key)) actor.keys.push(key);
  if (entity.packActor && entity.basis === 'pack') {
    actor.packActor = entity.packActor;
    actor.name = entity.name;
    return;
  }
  if (actor.packActor) return;
  if (entity.name.split(/\s+/).length > actor.name.split(/\s+/).length) actor.name = entity.name;
}

/** A stable id from the actor's kind and first key, so the same articles give the same ids. */
function newActorId(
  entity: DocEntity,
  keys: readonly string[],
  taken: ReadonlyMap<string, ActorRecord>,
): string {
  const base = `act_${createHash('sha256')
    .update(`${entity.kind}|${keys[0] ?? entity.name}|${foldName(entity.name)}`)
    .digest('hex')
    .slice(0, 12)}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
