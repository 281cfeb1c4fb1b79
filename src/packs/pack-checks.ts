import type { z } from 'zod';
import { isOrdered } from './pack-dates.js';

type Path = (string | number)[];
type Context = z.core.$RefinementCtx<unknown>;

interface CheckedPack {
  issues: { id: string }[];
  actors: { id: string; name: string; aliases: string[]; roles: { from?: string; to?: string }[] }[];
  anchors: { id: string; date: string; end?: string }[];
}

/**
 * The rules that span several fields: ids unique within their list, no name or alias that two actors
 * share (the alias would be ambiguous), and periods that end after they start. Each problem is reported
 * at the field that repeats or breaks the rule, so the loader can point at its line.
 */
export function checkPack(pack: CheckedPack, ctx: Context): void {
  checkUniqueIds(pack.issues, 'issues', 'issue', ctx);
  checkUniqueIds(pack.actors, 'actors', 'actor', ctx);
  checkUniqueIds(pack.anchors, 'anchors', 'anchor', ctx);
  checkSharedNames(pack.actors, ctx);
  pack.actors.forEach((actor, a) =>
    actor.roles.forEach((role, r) => {
      if (role.from !== undefined && role.to !== undefined && !isOrdered(role.from, role.to)) {
        report(ctx, ['actors', a, 'roles', r, 'to'], `"${role.to}" is before from "${role.from}"`);
      }
    }),
  );
  pack.anchors.forEach((anchor, a) => {
    if (anchor.end !== undefined && !isOrdered(anchor.date, anchor.end)) {
      report(ctx, ['anchors', a, 'end'], `"${anchor.end}" is before date "${anchor.date}"`);
    }
  });
}

function checkUniqueIds(items: { id: string }[], list: string, what: string, ctx: Context): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else report(ctx, [list, index, 'id'], `${what} id "${item.id}" is already used by ${list}[${first}]`);
  });
}

function checkSharedNames(actors: CheckedPack['actors'], ctx: Context): void {
  const owner = new Map<string, number>();
  actors.forEach((actor, a) => {
    const names: [string, Path][] = [
      [actor.name, ['actors', a, 'name']],
      ...actor.aliases.map((alias, i): [string, Path] => [alias, ['actors', a, 'aliases', i]]),
    ];
    for (const [name, path] of names) {
      const key = nameKey(name);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, a);
      else if (first !== a) {
        report(ctx, path, `"${name}" is also a name of actors[${first}] ("${actors[first]?.id ?? ''}")`);
      }
    }
  });
}

/** Names compare without case, accents or extra spaces: "Erdoğan" and "erdogan" are one name. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function report(ctx: Context, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message, input: undefined });
}
