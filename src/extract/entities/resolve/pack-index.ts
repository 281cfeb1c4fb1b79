import type { PackActor, PackRole, StoryPack } from '../../../model/index.js';
import { foldName, foldWords } from '../fold-name.js';
import type { GazetteerEntry } from '../lexicon/gazetteer.js';
import { WordTrie } from '../lexicon/word-trie.js';

/** A story pack made searchable: a gazetteer of names and aliases, and actors by folded name. */
export interface PackIndex {
  trie: WordTrie<GazetteerEntry>;
  byName: Map<string, PackActor>;
  byId: Map<string, PackActor>;
}

const cache = new WeakMap<StoryPack, PackIndex>();

/**
 * Indexes a pack's actors once per pack object. A person actor is also found by surname ("Zelensky"),
 * unless two actors share it.
 */
export function packIndex(pack: StoryPack): PackIndex {
  const cached = cache.get(pack);
  if (cached !== undefined) return cached;
  const trie = new WordTrie<GazetteerEntry>();
  const byName = new Map<string, PackActor>();
  const surnames = new Map<string, PackActor | null>();
  for (const actor of pack.actors) {
    for (const alias of [actor.name, ...actor.aliases]) {
      trie.add(alias, { kind: actor.kind, name: actor.name, packActor: actor.id });
      byName.set(foldName(alias), actor);
      const words = foldWords(alias);
      const surname = words[words.length - 1];
      if (actor.kind === 'person' && words.length > 1 && surname !== undefined) {
        surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== actor ? null : actor);
      }
    }
  }
  for (const [surname, actor] of surnames)
    if (actor !== null && !byName.has(surname)) byName.set(surname, actor);
  const index = { trie, byName, byId: new Map(pack.actors.map((actor) => [actor.id, actor])) };
  cache.set(pack, index);
  return index;
}

/** True when a pack role holds on `date` (`YYYY-MM-DD`): `from`/`to` compared at their own precision. */
export function roleValidOn(role: PackRole, date: string): boolean {
  if (role.from !== undefined && date.slice(0, role.from.length) < role.from) return false;
  if (role.to !== undefined && date.slice(0, role.to.length) > role.to) return false;
  return true;
}
