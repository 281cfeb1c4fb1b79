import type { PackActor, Role, Span } from '../model/index.js';

/** One role as one article states it, with the article and its date. */
export interface RoleClaim {
  docId: string;
  /** The article's date (`YYYY-MM-DD…`), or null when the article is undated. */
  date: string | null;
  role: Role;
  /** The role's words as written ("former U.S. president"), for display. */
  text: string;
}

/** A role over time: where it was seen, from when to when. */
export interface RoleHistoryEntry {
  title: string;
  of: string | null;
  qualifier: Role['qualifier'];
  relation: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: Array<{ doc: string; span: Span }>;
  basis: 'text' | 'pack';
  /** For a pack role, its stated period. */
  from?: string;
  to?: string;
}

/** A role that contradicts the role history of the same period, citing both sides. */
export interface RoleConflict {
  about: string;
  /** The claim that disagrees ("former U.S. president"). */
  claim: RoleClaim;
  /** What the rest of the record says for that period: text claims and, when a pack is used, its role. */
  against: RoleClaim[];
  againstPack: PackRoleRef | null;
}

export interface PackRoleRef {
  actor: string;
  title: string;
  of: string | null;
  from?: string;
  to?: string;
}

/** Two claims belong to the same period when their articles are at most this many days apart, or undated. */
export const SAME_PERIOD_DAYS = 365;

/** Groups claims into a history: one entry per title, of and qualifier, with first and last dates seen. */
export function roleHistory(claims: readonly RoleClaim[], packActor?: PackActor | null): RoleHistoryEntry[] {
  const entries = new Map<string, RoleHistoryEntry>();
  for (const claim of claims) {
    const { role } = claim;
    const key = [normaliseTitle(role.title), role.of ?? '', role.qualifier ?? ''].join('|');
    const entry =
      entries.get(key) ??
      ({
        title: role.title,
        of: role.of,
        qualifier: role.qualifier,
        relation: role.relation,
        firstSeen: null,
        lastSeen: null,
        sources: [],
        basis: 'text',
      } satisfies RoleHistoryEntry);
    if (claim.date) {
      const day = claim.date.slice(0, 10);
      if (!entry.firstSeen || day < entry.firstSeen) entry.firstSeen = day;
      if (!entry.lastSeen || day > entry.lastSeen) entry.lastSeen = day;
    }
    entry.sources.push({ doc: claim.docId, span: role.evidence });
    entries.set(key, entry);
  }
  const history = foldUnstatedOf([...entries.values()]);
  for (const role of packActor?.roles ?? []) {
    history.push({
      title: role.title,
      of: role.of,
      qualifier: null,
      relation: false,
      firstSeen: null,
      lastSeen: null,
      sources: [],
      basis: 'pack',
      ...(role.from ? { from: role.from } : {}),
      ...(role.to ? { to: role.to } : {}),
    });
  }
  return history;
}

/**
 * Finds roles that contradict the rest of the record for the same period: a "former" title while other
 * articles of that period (or the story pack) call the actor the holder of that title now. Titles match
 * when one ends with the other ("special envoy" and "envoy"), and `of` must agree when both state it.
 */
export function roleConflicts(
  about: string,
  claims: readonly RoleClaim[],
  packActor?: PackActor | null,
): RoleConflict[] {
  const conflicts: RoleConflict[] = [];
  for (const claim of claims) {
    if (claim.role.qualifier !== 'former' || claim.role.relation) continue;
    const against = claims.filter(
      (other) =>
        other.docId !== claim.docId &&
        other.role.qualifier === null &&
        sameOffice(claim.role, other.role) &&
        samePeriod(claim.date, other.date),
    );
    const packRole = claim.date
      ? packActor?.roles.find(
          (role) => sameOffice(claim.role, { title: role.title, of: role.of }) && heldOn(role, claim.date!),
        )
      : undefined;
    if (against.length === 0 && !packRole) continue;
    conflicts.push({
      about,
      claim,
      against,
      againstPack: packRole && packActor ? { actor: packActor.id, ...packRole } : null,
    });
  }
  return conflicts;
}

/**
 * "President" with no "of" joins "President" of one country when there is exactly one such entry: the
 * article left out what the others state. With two ("President" of France and of Russia) it stays apart.
 */
function foldUnstatedOf(entries: RoleHistoryEntry[]): RoleHistoryEntry[] {
  const kept: RoleHistoryEntry[] = [];
  for (const entry of entries) {
    if (entry.of !== null) {
      kept.push(entry);
      continue;
    }
    const title = normaliseTitle(entry.title);
    const stated = entries.filter(
      (other) =>
        other.of !== null && normaliseTitle(other.title) === title && other.qualifier === entry.qualifier,
    );
    const target = stated.length === 1 ? stated[0]! : undefined;
    if (!target) {
      kept.push(entry);
      continue;
    }
    target.sources.push(...entry.sources);
    if (entry.firstSeen && (!target.firstSeen || entry.firstSeen < target.firstSeen))
      target.firstSeen = entry.firstSeen;
    if (entry.lastSeen && (!target.lastSeen || entry.lastSeen > target.lastSeen))
      target.lastSeen = entry.lastSeen;
  }
  return kept;
}

function sameOffice(a: Pick<Role, 'title' | 'of'>, b: Pick<Role, 'title' | 'of'>): boolean {
  if (!sameTitle(normaliseTitle(a.title), normaliseTitle(b.title))) return false;
  return !a.of || !b.of || a.of === b.of;
}

function samePeriod(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const days = Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
  return days <= SAME_PERIOD_DAYS;
}

function heldOn(role: { from?: string; to?: string }, date: string): boolean {
  const day = date.slice(0, 10);
  return (!role.from || role.from <= day) && (!role.to || day <= role.to.padEnd(10, '~'));
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "special envoy" and "envoy" are one title; "Secretary of State" and "Secretary of Defense" are two. */
function sameTitle(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}
