import { createHash } from 'node:crypto';
import type { ActorRecord } from '../model/index.js';
import type { Decision } from '../store/decisions.js';
import { parseTarget } from './decision-target.js';

/** A document entity as the corrections read it: its name, and the other names it goes by. */
export interface EntityNames {
  name: string;
  aliases?: ReadonlyArray<{ text: string }>;
}

/** The actors after the analyst's merges and splits, applied on top of what resolution inferred. */
export interface ActorCorrections {
  /** Every actor by id: the inferred ones, the kept actor of a merge, and the actors split off. */
  records: Map<string, ActorRecord>;
  /**
   * The actor a document entity belongs to after the decisions: a split first takes it off the actor it
   * was resolved to (when its name, or its document, is the split's), then merges map it to the kept actor.
   * Undefined stays undefined: an entity no actor holds is not given one.
   */
  actorOf(docId: string, entity: EntityNames, inferred: string | undefined): string | undefined;
  /** The ids of the decisions that shaped this actor (merges into it, splits out of it). */
  decidedBy(actorId: string): string[];
}

interface Split {
  decision: string;
  from: string;
  to: string;
  alias: string | null;
  docs: ReadonlySet<string> | null;
}

/**
 * Builds the corrections from the active decisions, in the order they were made. An actor id a decision
 * names that no longer exists is looked up by the name the decision recorded, so a merge survives an
 * actor id that changed with the order articles arrived in. Pure and deterministic.
 */
export function actorCorrections(
  actors: readonly ActorRecord[],
  decisions: readonly Decision[],
): ActorCorrections {
  const records = new Map(actors.map((actor) => [actor.id, actor]));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  const splits: Split[] = [];
  const touched = new Map<string, string[]>();
  const touch = (id: string, decision: string): void =>
    void touched.set(id, [...(touched.get(id) ?? []), decision]);
  for (const decision of decisions) {
    const target = parseTarget(decision.target);
    if (decision.kind === 'merge-actors' && target?.type === 'actors') {
      const value = decision.value as { keep: string; names?: Record<string, string> };
      const named = (id: string): string => resolveId(id, value.names?.[id], records);
      const keep = find(named(value.keep));
      for (const id of target.ids) {
        const root = find(named(id));
        if (root !== keep) parent.set(root, keep);
      }
      touch(keep, decision.id);
    } else if (decision.kind === 'split-actor' && target?.type === 'actor') {
      const value = decision.value as { alias?: string; docs?: string[]; name?: string };
      const from = find(resolveId(target.id, value.name, records));
      const source = records.get(from);
      if (!source) continue;
      const to = `${from}~${createHash('sha256')
        .update(JSON.stringify([value.alias ?? null, value.docs ?? []]))
        .digest('hex')
        .slice(0, 8)}`;
      records.set(to, { ...source, id: to, name: value.alias ?? source.name, packActor: null, keys: [] });
      splits.push({
        decision: decision.id,
        from,
        to,
        alias: value.alias ? sameName(value.alias) : null,
        docs: value.docs ? new Set(value.docs) : null,
      });
      touch(from, decision.id);
      touch(to, decision.id);
    }
  }
  return {
    records,
    actorOf(docId, entity, inferred) {
      if (inferred === undefined) return undefined;
      let id = inferred;
      for (const split of splits) {
        if (split.from !== id && split.from !== find(id)) continue;
        if (split.docs && !split.docs.has(docId)) continue;
        if (split.alias !== null && !namesOf(entity).includes(split.alias)) continue;
        id = split.to;
      }
      return find(id);
    },
    decidedBy: (actorId) => touched.get(actorId) ?? [],
  };
}

/**
 * Names compared for a split: case and spacing only, not resolution's fold, which makes "Zelenskiy" and
 * "Zelensky" one name: the very spellings an analyst may need to tell apart.
 */
function sameName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function namesOf(entity: EntityNames): string[] {
  return [entity.name, ...(entity.aliases ?? []).map((alias) => alias.text)].map(sameName);
}

/** `id` when such an actor exists, else the first actor (by id) named `name`, else `id` unchanged. */
export function resolveId(
  id: string,
  name: string | undefined,
  records: ReadonlyMap<string, ActorRecord>,
): string {
  if (records.has(id) || name === undefined) return id;
  const byName = [...records.values()]
    .filter((actor) => actor.name === name)
    .sort((a, b) => a.id.localeCompare(b.id));
  return byName[0]?.id ?? id;
}
