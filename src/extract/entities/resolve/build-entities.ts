import type { DocEntity, EntityKind, Mention, MentionKind, Role } from '../../../model/index.js';
import type { EntityCandidate } from '../entity-candidate.js';
import { foldName, foldWords } from '../fold-name.js';
import { HONORIFICS } from '../lexicon/titles.js';
import type { PackIndex } from './pack-index.js';
import { roleValidOn } from './pack-index.js';
import { personKeys } from './person-keys.js';

/** What entity building needs besides the candidates. */
export interface ResolveContext {
  text: string;
  referenceDate: string | null;
  pack: PackIndex | null;
}

interface Group {
  kind: EntityKind;
  canonical: string | null;
  packActor: string | null;
  mentions: { candidate: EntityCandidate; text: string }[];
}

/**
 * Turns refined candidates into mentions and document entities: one entity per person (by folded full
 * name and surname), per place (by canonical name) and per organisation (by folded name). Ids follow the
 * first mention. A relation's `of` becomes the fullest name of the person it names.
 */
export function buildEntities(
  candidates: readonly EntityCandidate[],
  context: ResolveContext,
): { mentions: Mention[]; entities: DocEntity[] } {
  const items = candidates.map((candidate) => ({
    candidate,
    text: context.text.slice(candidate.span.start, candidate.span.end),
  }));
  const people = personKeys(items.filter((i) => i.candidate.kind === 'person').map((i) => i.text));
  const groups = new Map<string, Group>();
  const keyOf = items.map((item) => {
    const key = groupKey(item.candidate, item.text, people, context.pack);
    const group = groups.get(key) ?? newGroup(item.candidate);
    group.mentions.push(item);
    group.packActor ??= item.candidate.packActor ?? packActorOf(item, context.pack);
    groups.set(key, group);
    return key;
  });
  const ids = new Map<string, string>();
  for (const key of keyOf) if (!ids.has(key)) ids.set(key, `e${ids.size + 1}`);
  const entities = [...ids].map(([key, id]) => toEntity(id, groups.get(key) as Group, context));
  const byName = nameIndex(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = items.map((item, index): Mention => {
    const role = item.candidate.role === undefined ? undefined : toRole(item.candidate.role, byName, context);
    const entity = ids.get(keyOf[index] ?? '') ?? 'e0';
    const holder = byId.get(entity);
    if (role !== undefined && holder !== undefined && !holder.roles.some((r) => sameRole(r, role)))
      holder.roles.push(role);
    return {
      span: item.candidate.span,
      kind: mentionKind(item.candidate),
      matcher: item.candidate.matcher,
      entity,
      ...(role ? { role } : {}),
    };
  });
  for (const entity of entities) addPackRoles(entity, mentions, context);
  return { mentions, entities };
}

function groupKey(
  candidate: EntityCandidate,
  text: string,
  people: Map<string, string>,
  pack: PackIndex | null,
): string {
  const kind = entityKind(candidate);
  if (candidate.packActor !== undefined) return `pack:${candidate.packActor}`;
  const actor = pack?.byName.get(foldName(text));
  if (actor !== undefined && actor.kind === kind) return `pack:${actor.id}`;
  if (kind === 'person') return `person:${people.get(text) ?? foldName(text)}`;
  if (kind === 'place') return `place:${candidate.canonical ?? foldName(text)}`;
  return `organisation:${candidate.canonical ?? foldName(text)}`;
}

function packActorOf(
  item: { candidate: EntityCandidate; text: string },
  pack: PackIndex | null,
): string | null {
  const actor = pack?.byName.get(foldName(item.text));
  return actor !== undefined && actor.kind === entityKind(item.candidate) ? actor.id : null;
}

function newGroup(candidate: EntityCandidate): Group {
  return {
    kind: entityKind(candidate),
    canonical: candidate.canonical ?? null,
    packActor: null,
    mentions: [],
  };
}

function entityKind(candidate: EntityCandidate): EntityKind {
  return candidate.kind === 'nationality' || candidate.kind === 'unknown'
    ? candidate.kind === 'unknown'
      ? 'organisation'
      : 'place'
    : candidate.kind;
}

function mentionKind(candidate: EntityCandidate): MentionKind {
  return candidate.kind === 'unknown' ? 'organisation' : candidate.kind;
}

function toEntity(id: string, group: Group, context: ResolveContext): DocEntity {
  const aliases: DocEntity['aliases'] = [];
  for (const { text } of group.mentions) {
    const alias = aliases.find((a) => a.text === text);
    if (alias) alias.count += 1;
    else aliases.push({ text, count: 1 });
  }
  const packName = group.packActor === null ? undefined : context.pack?.byId.get(group.packActor)?.name;
  const name = packName ?? group.canonical ?? fullestName(group);
  return {
    id,
    kind: group.kind,
    name,
    aliases,
    roles: [],
    ...(group.packActor === null ? {} : { packActor: group.packActor }),
    basis: packName === undefined ? 'text' : 'pack',
  };
}

function fullestName(group: Group): string {
  let best = group.mentions[0]?.text ?? '';
  let bestWords = foldWords(best).length;
  for (const { text, candidate } of group.mentions) {
    if (candidate.kind === 'nationality') continue;
    const words = foldWords(text).length;
    const proper = text !== text.toLowerCase();
    if (words > bestWords || (words === bestWords && proper && best === best.toLowerCase())) {
      best = text;
      bestWords = words;
    }
  }
  const words = best.split(/\s+/u);
  while (words.length > 2 && foldWords(words.join(' ')).length < words.length) words.shift();
  while (words.length > 1 && HONORIFICS.has((words[0] ?? '').toLowerCase())) words.shift();
  const name = words.join(' ').replace(/['’]s$/u, '');
  return group.kind === 'person' && name !== name.toLowerCase() ? capitaliseName(name) : name;
}

const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'bin']);

/** A person's name with lower-case words capitalised, particles kept: "Volodymyr zelenskyy" → "Volodymyr Zelenskyy". */
function capitaliseName(name: string): string {
  return name.replace(/(^|\s)(\p{Ll})(\S*)/gu, (whole, space: string, first: string, rest: string) =>
    NAME_PARTICLES.has(first + rest) ? whole : `${space}${first.toUpperCase()}${rest}`,
  );
}

function nameIndex(entities: readonly DocEntity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) index.set(foldName(alias.text), entity.name);
    index.set(foldName(entity.name), entity.name);
  }
  return index;
}

function toRole(
  draft: NonNullable<EntityCandidate['role']>,
  byName: Map<string, string>,
  context: ResolveContext,
): Role {
  const of = draft.of === null ? null : draft.relation ? relativeName(draft.of, byName) : draft.of;
  return { ...draft, of, date: context.referenceDate, basis: 'text' };
}

/**
 * The fullest name of the person a relation names: "Trump" and "President Donald Trump" both give "Donald
 * Trump" when the article names him so; leading words (a title) are dropped until a known name remains.
 */
function relativeName(written: string, byName: Map<string, string>): string {
  const words = written.split(/\s+/);
  for (let i = 0; i < words.length; i += 1) {
    const known = byName.get(foldName(words.slice(i).join(' ')));
    if (known !== undefined) return known;
  }
  return written;
}

function addPackRoles(entity: DocEntity, mentions: readonly Mention[], context: ResolveContext): void {
  if (entity.packActor === undefined || entity.roles.length > 0 || context.referenceDate === null) return;
  const actor = context.pack?.byId.get(entity.packActor);
  const first = mentions.find((m) => m.entity === entity.id);
  if (actor === undefined || first === undefined) return;
  for (const role of actor.roles) {
    if (!roleValidOn(role, context.referenceDate)) continue;
    entity.roles.push({
      title: role.title,
      of: role.of,
      qualifier: null,
      relation: false,
      evidence: first.span,
      date: context.referenceDate,
      basis: 'pack',
    });
  }
}

function sameRole(a: Role, b: Role): boolean {
  const sameTitle = a.title.toLowerCase() === b.title.toLowerCase() && a.qualifier === b.qualifier;
  return sameTitle && (a.of === b.of || b.of === null);
}
