import { appendTo } from '../model/index.js';
import { mergeKeys, resolveActors } from '../corpus/actor-resolution.js';
import type { RoleClaim, RoleConflict, RoleHistoryEntry } from '../corpus/role-history.js';
import { roleConflicts, roleHistory } from '../corpus/role-history.js';
import type {
  LayerName,
  ActorRecord,
  Alias,
  DocEntity,
  Document,
  DocumentEntities,
  EntityKind,
  QualitySignal,
  Span,
  StoryPack,
} from '../model/index.js';
import type { Store } from '../store/store.js';
import { loadDecisions } from '../decisions/decision-set.js';

/**
 * The corpus step for newly stored documents: assigns their entities to actors across articles. Only
 * these documents' entities are read; the rest of the corpus is reached through the actors' merge keys,
 * so adding an article never reprocesses the others. Entities already linked keep their actor.
 */
export async function resolveDocumentActors(store: Store, docs: readonly Document[]): Promise<number> {
  const linked = new Set((await store.listActorLinks(docs.map((doc) => doc.id))).map(linkKey));
  const pending: DocumentEntities[] = docs
    .map((doc) => ({
      docId: doc.id,
      entities: (doc.layers.entities ?? []).filter((entity) => !linked.has(`${doc.id}|${entity.id}`)),
    }))
    .filter((item) => item.entities.length > 0);
  if (pending.length === 0) return 0;
  const keys = [...new Set(pending.flatMap((item) => item.entities.flatMap(mergeKeys)))];
  const change = await store.updateActors(keys, (known) => resolveActors(known, pending));
  return change.links.length;
}

function linkKey(link: { docId: string; entityId: string }): string {
  return `${link.docId}|${link.entityId}`;
}

/** One actor as the who's-who shows it, with everything it rests on. */
export interface WhoEntry {
  id: string;
  kind: EntityKind;
  name: string;
  packActor: string | null;
  aliases: Alias[];
  roles: RoleHistoryEntry[];
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  mentions: Array<{ doc: string; span: Span }>;
  /** Ids of the analyst decisions (merges, splits) that shaped this actor; absent when none did. */
  decisions?: string[];
}

/** A contradiction between sources, as the export contract shows it. */
export interface Contradiction {
  id: string;
  about: string;
  claims: Array<{ value: string; basis: 'text' | 'pack'; evidence: Array<{ doc: string; span: Span }> }>;
}

/** What the corpus knows about actors: the who's who, role contradictions, and the signals they raise. */
export interface ActorReport {
  actors: WhoEntry[];
  contradictions: Contradiction[];
  /** `role-inconsistency` signals per document id. */
  signals: Map<string, QualitySignal[]>;
}

/**
 * Builds the who's who from the stored actors and their linked document entities: aliases with counts,
 * the role history, articles, first and last seen (by article date), every mention, and the roles that
 * contradict the record of the same period. Read-only; sorted by number of articles, then name.
 */
export async function buildActorReport(store: Store, pack?: StoryPack | null): Promise<ActorReport> {
  const decided = await loadDecisions(store);
  const actors = decided.actors.records;
  const links = await store.listActorLinks();
  const actorOf = new Map(links.map((link) => [linkKey(link), link.actorId]));
  const gathered = new Map<string, Gathered>();
  // The words of each role claim, cut while the text is at hand rather than keeping every text.
  const claimTexts = new Map<string, string>();
  for await (const doc of store.exportAll({ layers: ACTOR_LAYERS })) {
    const date = doc.published.value;
    const mentionsOf = groupMentions(doc);
    for (const entity of doc.layers.entities ?? []) {
      const actorId = decided.actors.actorOf(doc.id, entity, actorOf.get(`${doc.id}|${entity.id}`));
      const actor = actorId ? actors.get(actorId) : undefined;
      if (!actor) continue;
      for (const role of entity.roles) {
        if (role.basis === 'text')
          claimTexts.set(
            claimKey(doc.id, role.evidence),
            doc.text.slice(role.evidence.start, role.evidence.end),
          );
      }
      const item = gathered.get(actor.id) ?? { actor, entities: [] };
      item.entities.push({ docId: doc.id, date, entity, mentions: mentionsOf.get(entity.id) ?? [] });
      gathered.set(actor.id, item);
    }
  }
  const packActors = new Map((pack?.actors ?? []).map((actor) => [actor.id, actor]));
  const entries: WhoEntry[] = [];
  const contradictions: Contradiction[] = [];
  const signals = new Map<string, QualitySignal[]>();
  for (const { actor, entities } of gathered.values()) {
    const claims: RoleClaim[] = entities.flatMap(({ docId, date, entity }) =>
      entity.roles
        .filter((role) => role.basis === 'text')
        .map((role) => ({
          docId,
          date,
          role,
          text: claimTexts.get(claimKey(docId, role.evidence)) ?? role.title,
        })),
    );
    const packActor = actor.packActor ? packActors.get(actor.packActor) : undefined;
    const decisions = decided.actors.decidedBy(actor.id);
    entries.push({
      ...whoEntry(actor, entities, roleHistory(claims, packActor)),
      ...(decisions.length ? { decisions } : {}),
    });
    for (const conflict of roleConflicts(`${actor.name}'s role`, claims, packActor)) {
      const contradiction = toContradiction(conflict, contradictions.length + 1);
      contradictions.push(contradiction);
      const list = signals.get(conflict.claim.docId) ?? [];
      list.push({
        code: 'role-inconsistency',
        severity: 'warning',
        span: conflict.claim.role.evidence,
        detail: `calls ${actor.name} "${conflict.claim.text}", while ${describeOthers(conflict)} for the same period`,
        text: conflict.claim.text,
        by: 'corpus/roles',
      });
      signals.set(conflict.claim.docId, list);
    }
  }
  entries.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { actors: entries, contradictions, signals };
}

/** The layers the who's who reads. */
const ACTOR_LAYERS: readonly LayerName[] = ['entities', 'mentions'];

function claimKey(docId: string, span: Span): string {
  return `${docId}|${span.start}|${span.end}`;
}

interface Gathered {
  actor: ActorRecord;
  entities: Array<{ docId: string; date: string | null; entity: DocEntity; mentions: Span[] }>;
}

function groupMentions(doc: Document): Map<string, Span[]> {
  const byEntity = new Map<string, Span[]>();
  for (const mention of doc.layers.mentions ?? []) {
    appendTo(byEntity, mention.entity, mention.span);
  }
  return byEntity;
}

function whoEntry(actor: ActorRecord, entities: Gathered['entities'], roles: RoleHistoryEntry[]): WhoEntry {
  const aliases = new Map<string, number>();
  for (const { entity } of entities) {
    for (const alias of entity.aliases) aliases.set(alias.text, (aliases.get(alias.text) ?? 0) + alias.count);
  }
  const dates = entities
    .map((e) => e.date?.slice(0, 10))
    .filter((d): d is string => Boolean(d))
    .sort();
  return {
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    packActor: actor.packActor,
    aliases: [...aliases].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
    roles,
    articles: new Set(entities.map((e) => e.docId)).size,
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    mentions: entities.flatMap(({ docId, mentions }) => mentions.map((span) => ({ doc: docId, span }))),
  };
}

function toContradiction(conflict: RoleConflict, n: number): Contradiction {
  const claims: Contradiction['claims'] = [
    {
      value: conflict.claim.text,
      basis: 'text',
      evidence: [{ doc: conflict.claim.docId, span: conflict.claim.role.evidence }],
    },
  ];
  const byValue = new Map<string, Array<{ doc: string; span: Span }>>();
  for (const other of conflict.against) {
    const value = other.role.title;
    appendTo(byValue, value, { doc: other.docId, span: other.role.evidence });
  }
  for (const [value, evidence] of byValue) claims.push({ value, basis: 'text', evidence });
  if (conflict.againstPack) {
    const { title, of, from, to } = conflict.againstPack;
    claims.push({
      value: `${title}${of ? ` of ${of}` : ''} (${from ?? '…'} to ${to ?? 'now'}, story pack)`,
      basis: 'pack',
      evidence: [],
    });
  }
  return { id: `con_role_${n}`, about: conflict.about, claims };
}

function describeOthers(conflict: RoleConflict): string {
  const parts: string[] = [];
  if (conflict.against.length > 0) {
    parts.push(
      `${conflict.against.length} other article${conflict.against.length === 1 ? '' : 's'} call them "${conflict.against[0]!.role.title}"`,
    );
  }
  if (conflict.againstPack) parts.push(`the story pack has them as ${conflict.againstPack.title}`);
  return parts.join(' and ');
}
