import { foldName, nameParts } from '../corpus/name-fold.js';
import type { EntityKind, Span } from '../model/index.js';
import { actorPairTarget } from './decision-target.js';

/** What proposals read of an actor: the who's who entry's names, roles and mentions. */
export interface ActorLike {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: ReadonlyArray<{ text: string; count: number }>;
  roles: ReadonlyArray<{
    title: string;
    of: string | null;
    sources: ReadonlyArray<{ doc: string; span: Span }>;
  }>;
  mentions: ReadonlyArray<{ doc: string; span: Span }>;
}

/** Why two actors may be one. */
export type ProposalSignal = 'same-name' | 'same-surname' | 'shared-alias' | 'similar-name' | 'shared-role';

/** A pair of actors that look alike but were kept apart, with what they share. */
export interface MergeCandidate {
  /** `actors:<id>+<id>`: the target a merge-actors (accept) or reject (keep apart) decision takes. */
  target: string;
  actors: [string, string];
  names: [string, string];
  kind: EntityKind;
  signals: ProposalSignal[];
  sharedAliases: string[];
  sharedRoles: string[];
  /** Articles that mention both: many suggest two different actors, none rules nothing out. */
  coMentions: string[];
  /** Signals weighed: 1 for each, a name signal needed. Higher first. */
  score: number;
}

/**
 * Pairs of actors of the same kind that look alike (the same folded name, the same surname with given names
 * resolution found incompatible, a shared alias, a shared role) and that resolution kept apart. Resolution
 * merges only on its exact rules (see src/corpus/actor-resolution.ts); anything looser is below the bar and
 * is proposed, never merged. Pairs in `decided` (merged or kept apart already) are left out. Candidates are
 * found through blocking keys (names, surnames, aliases), never by comparing every pair. Pure; best first.
 */
export function proposeMerges(actors: readonly ActorLike[], decided: ReadonlySet<string>): MergeCandidate[] {
  const blocks = new Map<string, ActorLike[]>();
  for (const actor of actors) {
    for (const key of blockKeys(actor)) blocks.set(key, [...(blocks.get(key) ?? []), actor]);
  }
  const seen = new Set<string>();
  const out: MergeCandidate[] = [];
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const [a, b] = [members[i]!, members[j]!].sort((x, y) => x.id.localeCompare(y.id)) as [
          ActorLike,
          ActorLike,
        ];
        const target = actorPairTarget(a.id, b.id);
        if (a.id === b.id || !kindsFit(a.kind, b.kind) || seen.has(target) || decided.has(target)) continue;
        seen.add(target);
        const candidate = compare(a, b, target);
        if (candidate) out.push(candidate);
      }
    }
  }
  return out.sort((x, y) => y.score - x.score || x.target.localeCompare(y.target));
}

/** Folded names this long or longer may differ by one letter and still be proposed ("Ukranian"). */
const SIMILAR_MIN_LENGTH = 6;

function blockKeys(actor: ActorLike): string[] {
  const keys: string[] = [];
  for (const folded of foldedNames(actor).keys()) {
    if (folded.length < SIMILAR_MIN_LENGTH) keys.push(`n:${folded}`);
    // One letter deleted at each place (and none): two names one edit apart share one of these keys.
    else
      for (let i = -1; i < folded.length; i += 1)
        keys.push(`d:${folded.slice(0, Math.max(i, 0))}${folded.slice(i + 1)}`);
  }
  if (actor.kind === 'person') keys.push(`s:${foldName(nameParts(actor.name).surname)}`);
  return [...new Set(keys)].filter((key) => key.length > 2);
}

/** The actor's name and aliases by folded form. */
function foldedNames(actor: ActorLike): Map<string, string> {
  return new Map(
    [actor.name, ...actor.aliases.map((alias) => alias.text)].map((text) => [foldName(text), text]),
  );
}

/** Kinds that may be proposed together: the same, or an organisation and a place ("Ukraine" as an actor). */
function kindsFit(a: EntityKind, b: EntityKind): boolean {
  return a === b || (a !== 'person' && b !== 'person');
}

/** True when `a` and `b` differ by exactly one inserted, deleted or replaced letter. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const tail = (x: string, y: string): boolean =>
    x.slice(i + (x.length >= y.length ? 1 : 0)) === y.slice(i + (y.length >= x.length ? 1 : 0));
  return tail(a, b);
}

function compare(a: ActorLike, b: ActorLike, target: string): MergeCandidate | null {
  const signals: ProposalSignal[] = [];
  if (foldName(a.name) === foldName(b.name)) signals.push('same-name');
  else if (
    a.kind === 'person' &&
    foldName(nameParts(a.name).surname) === foldName(nameParts(b.name).surname)
  ) {
    signals.push('same-surname');
  }
  const bAliases = foldedNames(b);
  const aAliases = [...foldedNames(a)];
  const sharedAliases = aAliases.filter(([key]) => bAliases.has(key)).map(([, text]) => text);
  if (sharedAliases.length > 0 && !signals.includes('same-name')) signals.push('shared-alias');
  const near = (key: string): boolean =>
    key.length >= SIMILAR_MIN_LENGTH && [...bAliases.keys()].some((other) => oneEditApart(key, other));
  if (sharedAliases.length === 0 && aAliases.some(([key]) => near(key))) signals.push('similar-name');
  if (signals.length === 0) return null;
  const roleKey = (role: ActorLike['roles'][number]): string =>
    `${role.title}${role.of ? ` (${role.of})` : ''}`;
  const bRoles = new Set(b.roles.map(roleKey));
  const sharedRoles = [...new Set(a.roles.map(roleKey))].filter((role) => bRoles.has(role));
  if (sharedRoles.length > 0) signals.push('shared-role');
  const bDocs = new Set(b.mentions.map((m) => m.doc));
  const coMentions = [...new Set(a.mentions.map((m) => m.doc))].filter((doc) => bDocs.has(doc)).sort();
  return {
    target,
    actors: [a.id, b.id],
    names: [a.name, b.name],
    kind: a.kind,
    signals,
    sharedAliases,
    sharedRoles,
    coMentions,
    score: signals.length,
  };
}
