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
  // Each actor's who's who is summed up while the articles stream past (aliases counted, claims and
  // mentions kept, dates as the first and last), so no article's entities outlive its turn: holding them
  // all took most of the memory of the build at 100,000 articles.
  const gathered = new Map<string, Gathered>();
  for await (const doc of store.exportAll({ layers: ACTOR_LAYERS })) {
    const date = doc.published.value;
    const mentionsOf = groupMentions(doc);
    for (const entity of doc.layers.entities ?? []) {
      const actorId = decided.actors.actorOf(doc.id, entity, actorOf.get(`${doc.id}|${entity.id}`));
      const actor = actorId ? actors.get(actorId) : undefined;
      if (!actor) continue;
      let item = gathered.get(actor.id);
      if (!item) {
        item = {
          actor,
          aliases: new Map(),
          claims: [],
          docs: new Set(),
          first: null,
          last: null,
          mentions: [],
        };
        gathered.set(actor.id, item);
      }
      gather(item, doc, date, entity, mentionsOf.get(entity.id) ?? []);
    }
  }
  const packActors = new Map((pack?.actors ?? []).map((actor) => [actor.id, actor]));
  const entries: WhoEntry[] = [];
  const contradictions: Contradiction[] = [];
  const signals = new Map<string, QualitySignal[]>();
  for (const item of gathered.values()) {
    const { actor, claims } = item;
    const packActor = actor.packActor ? packActors.get(actor.packActor) : undefined;
    const decisions = decided.actors.decidedBy(actor.id);
    entries.push({
      ...whoEntry(item, roleHistory(claims, packActor)),
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

/** One actor's who's who as the articles go by. */
interface Gathered {
  actor: ActorRecord;
  /** Alias words to their count, in the order first seen. */
  aliases: Map<string, number>;
  claims: RoleClaim[];
  docs: Set<string>;
  /** The earliest and latest article day. */
  first: string | null;
  last: string | null;
  mentions: Array<{ doc: string; span: Span }>;
}

function gather(
  item: Gathered,
  doc: Document,
  date: string | null,
  entity: DocEntity,
  mentions: Span[],
): void {
  for (const alias of entity.aliases)
    item.aliases.set(alias.text, (item.aliases.get(alias.text) ?? 0) + alias.count);
  for (const role of entity.roles) {
    if (role.basis !== 'text') continue;
    item.claims.push({
      docId: doc.id,
      date,
      role,
      text: doc.text.slice(role.evidence.start, role.evidence.end),
    });
  }
  item.docs.add(doc.id);
  const day = date?.slice(0, 10);
  if (day) {
    if (item.first === null || day < item.first) item.first = day;
    if (item.last === null || day > item.last) item.last = day;
  }
  for (const span of mentions) item.mentions.push({ doc: doc.id, span });
}

function groupMentions(doc: Document): Map<string, Span[]> {
  const byEntity = new Map<string, Span[]>();
  for (const mention of doc.layers.mentions ?? []) {
    appendTo(byEntity, mention.entity, mention.span);
  }
  return byEntity;
}

function whoEntry(item: Gathered, roles: RoleHistoryEntry[]): WhoEntry {
  const { actor } = item;
  return {
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    packActor: actor.packActor,
    aliases: [...item.aliases].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
    roles,
    articles: item.docs.size,
    firstSeen: item.first,
    lastSeen: item.last,
    mentions: item.mentions,
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
