import { ParleyError } from '../model/index.js';
import type { DecisionKind } from '../store/decisions.js';

/**
 * What a decision's target names. Every key is built from ids derived from content (document ids are
 * content hashes, actor ids hash the actor's kind and name, event ids name the document and mention that
 * first reported the event) or from natural keys (document + span start), never from a row number, so the
 * same articles give the same keys after a re-ingest or a rebuild from scratch.
 */
export type DecisionTarget =
  | { type: 'event'; id: string; doc: string; index: number }
  | { type: 'stance'; doc: string; start: number }
  | { type: 'quote'; doc: string; start: number }
  | { type: 'actor'; id: string }
  | { type: 'actors'; ids: [string, string] };

/** Which target types each kind takes. `reject` of an `actors:` pair keeps two actors apart. */
export const TARGET_TYPES: Record<DecisionKind, ReadonlyArray<DecisionTarget['type']>> = {
  'merge-actors': ['actors'],
  'split-actor': ['actor'],
  'set-date': ['event'],
  reject: ['event', 'stance', 'quote', 'actors'],
  confirm: ['event', 'stance', 'quote'],
  'set-stance': ['stance'],
  'set-speaker': ['quote'],
};

const EVENT = /^event:(ev-(.+)-(\d+))$/;
const SPAN_KEY = /^(stance|quote):([^:]+):(\d+)$/;

/** Parses a target key; null when it is none of the known shapes. */
export function parseTarget(target: string): DecisionTarget | null {
  const event = EVENT.exec(target);
  if (event) return { type: 'event', id: event[1]!, doc: event[2]!, index: Number(event[3]) };
  const span = SPAN_KEY.exec(target);
  if (span) return { type: span[1] as 'stance' | 'quote', doc: span[2]!, start: Number(span[3]) };
  if (target.startsWith('actor:') && target.length > 'actor:'.length) {
    return { type: 'actor', id: target.slice('actor:'.length) };
  }
  const pair = /^actors:([^+]+)\+([^+]+)$/.exec(target);
  if (pair && pair[1] !== pair[2]) return { type: 'actors', ids: [pair[1]!, pair[2]!] };
  return null;
}

/** The key of a pair of actors, the same whichever is named first. */
export function actorPairTarget(a: string, b: string): string {
  return `actors:${[a, b].sort().join('+')}`;
}

/**
 * The canonical form of a target for `kind`: a bare event id gets `event:`, an actor pair is sorted. Fails
 * with E_USAGE naming the shapes the kind takes, so the CLI and the API answer a bad target the same way.
 */
export function checkTarget(kind: DecisionKind, target: string): string {
  const bare = /^ev-/.test(target) ? `event:${target}` : target;
  const parsed = parseTarget(bare);
  if (!parsed || !TARGET_TYPES[kind].includes(parsed.type)) {
    throw new ParleyError('E_USAGE', `"${target}" is not a target a ${kind} decision takes`, {
      hint: `give ${TARGET_TYPES[kind].map(describeType).join(' or ')}`,
    });
  }
  return parsed.type === 'actors' ? actorPairTarget(...parsed.ids) : bare;
}

function describeType(type: DecisionTarget['type']): string {
  switch (type) {
    case 'event':
      return 'event:ev-<doc>-<n> (an event id)';
    case 'stance':
      return 'stance:<doc>:<start>';
    case 'quote':
      return 'quote:<doc>:<start> (a quote id)';
    case 'actor':
      return 'actor:<actor id>';
    case 'actors':
      return 'actors:<actor id>+<actor id>';
  }
}
