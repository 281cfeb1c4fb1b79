import type { StancePosition } from '../model/index.js';
import type { Decision } from '../store/decisions.js';
import { parseTarget } from './decision-target.js';

/** What the analyst decided about one event, stance or quote: the latest decision of each sort wins. */
export interface FactDecision {
  ids: string[];
  rejected?: true;
  confirmed?: true;
  date?: string;
  position?: StancePosition;
  speaker?: { id: string; name?: string };
}

/** The marks a corrected fact carries in reports and the export. */
export interface DecisionMarks {
  /** Ids of the analyst decisions applied to it, in the order they were made. */
  decisions?: string[];
  confirmed?: true;
  rejected?: true;
}

/**
 * The decisions about facts of one type, by fact key: the event id (`ev-…`) for events, `<doc>:<start>` for
 * stances and quotes. Decisions are read in the order they were made, so a later one overrides an earlier
 * one of the same sort; a reject and a confirm undo each other. Pure.
 */
export function factDecisions(
  decisions: readonly Decision[],
  type: 'event' | 'stance' | 'quote',
): Map<string, FactDecision> {
  const byKey = new Map<string, FactDecision>();
  for (const decision of decisions) {
    const target = parseTarget(decision.target);
    if (!target || target.type !== type) continue;
    const key = target.type === 'event' ? target.id : `${target.doc}:${target.start}`;
    const fact: FactDecision = byKey.get(key) ?? { ids: [] };
    fact.ids.push(decision.id);
    const value = decision.value as Record<string, unknown> | null;
    if (decision.kind === 'reject') {
      fact.rejected = true;
      delete fact.confirmed;
    } else if (decision.kind === 'confirm') {
      fact.confirmed = true;
      delete fact.rejected;
    } else if (decision.kind === 'set-date') fact.date = value?.date as string;
    else if (decision.kind === 'set-stance') fact.position = value?.position as StancePosition;
    else if (decision.kind === 'set-speaker') {
      fact.speaker = { id: value?.speaker as string, ...(value?.name ? { name: value.name as string } : {}) };
    }
    byKey.set(key, fact);
  }
  return byKey;
}

/** The marks of a fact the decisions in `facts` touched, merged over all its keys; empty when none did. */
export function marksOf(facts: ReadonlyArray<FactDecision | undefined>): DecisionMarks {
  const found = facts.filter((fact): fact is FactDecision => fact !== undefined);
  if (found.length === 0) return {};
  return {
    decisions: [...new Set(found.flatMap((fact) => fact.ids))],
    ...(found.some((fact) => fact.confirmed) ? { confirmed: true as const } : {}),
    ...(found.some((fact) => fact.rejected) ? { rejected: true as const } : {}),
  };
}
