import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ParleyError } from '../model/index.js';
import { DECISION_KINDS } from '../store/decisions.js';
import type { Decision, DecisionKind } from '../store/decisions.js';
import { checkTarget } from './decision-target.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

/** The value each kind carries. Unknown fields are refused, so a typo is not stored silently. */
export const DECISION_VALUES = {
  'merge-actors': z.strictObject({
    /** The actor whose id and name the merged actor keeps; the first of the pair by default. */
    keep: z.string().min(1),
    /** The actors' names when the decision was made: found by name if their ids ever change. */
    names: z.record(z.string(), z.string()).default({}),
  }),
  'split-actor': z
    .strictObject({
      alias: z.string().min(1).optional(),
      docs: z.array(z.string().min(1)).optional(),
      /** The actor's name when the decision was made: found by name if its id ever changes. */
      name: z.string().min(1).optional(),
    })
    .refine((value) => value.alias !== undefined || (value.docs?.length ?? 0) > 0, 'give an alias or docs'),
  'set-date': z.strictObject({ date: day }),
  reject: z.null(),
  confirm: z.null(),
  'set-stance': z.strictObject({ position: z.enum(['support', 'oppose', 'conditional', 'neutral']) }),
  'set-speaker': z.strictObject({ speaker: z.string().min(1), name: z.string().min(1).optional() }),
} satisfies Record<DecisionKind, z.ZodType>;

/** What an analyst gives to make a decision; the id and time are derived. */
export interface DecisionInput {
  kind: string;
  target: string;
  value?: unknown;
  author: string;
  reason?: string | null;
}

/**
 * Checks and completes a decision: a known kind, a target that kind takes (made canonical), a valid value,
 * and an id derived from its content and time (`dec_` + 16 hex), so the same decision exported and
 * imported keeps its id and importing twice adds nothing. Fails with E_USAGE saying what is wrong.
 */
export function makeDecision(input: DecisionInput, now: Date): Decision {
  const kind = checkKind(input.kind);
  const target = checkTarget(kind, input.target);
  const raw = input.value ?? null;
  const value = checkValue(kind, kind === 'merge-actors' && raw === null ? { keep: pairOf(target)[0] } : raw);
  checkKeep(kind, target, value);
  const author = input.author.trim();
  if (!author) throw new ParleyError('E_USAGE', 'a decision needs an author', { hint: 'give --author NAME' });
  const createdAt = now.toISOString();
  const id = `dec_${createHash('sha256')
    .update(JSON.stringify([kind, target, value, author, createdAt]))
    .digest('hex')
    .slice(0, 16)}`;
  return {
    id,
    kind,
    target,
    value,
    author,
    createdAt,
    reason: input.reason?.trim() || null,
    revokedAt: null,
  };
}

/** Checks a whole stored decision (an imported file's entry) the same way; its id and times are kept. */
export function checkDecision(decision: Decision): Decision {
  const kind = checkKind(decision.kind);
  return {
    ...decision,
    kind,
    target: checkTarget(kind, decision.target),
    value: checkValue(kind, decision.value),
  };
}

function checkKind(kind: string): DecisionKind {
  if ((DECISION_KINDS as readonly string[]).includes(kind)) return kind as DecisionKind;
  throw new ParleyError('E_USAGE', `unknown decision kind "${kind}"`, {
    hint: `use one of ${DECISION_KINDS.join(', ')}`,
  });
}

function checkValue(kind: DecisionKind, value: unknown): unknown {
  const result = DECISION_VALUES[kind].safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`);
  throw new ParleyError('E_USAGE', `bad value for a ${kind} decision: ${problems.join('; ')}`);
}

function checkKeep(kind: DecisionKind, target: string, value: unknown): void {
  const keep = (value as { keep?: string } | null)?.keep;
  if (kind === 'merge-actors' && keep !== undefined && !pairOf(target).includes(keep)) {
    throw new ParleyError('E_USAGE', `a merge keeps one of the two actors it merges, not "${keep}"`);
  }
}

function pairOf(target: string): [string, string] {
  const [a = '', b = ''] = target.slice('actors:'.length).split('+');
  return [a, b];
}
