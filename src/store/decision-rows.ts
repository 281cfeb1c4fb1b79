import type { Kysely, Selectable } from 'kysely';
import { ParleyError } from '../model/index.js';
import { DECISION_KINDS } from './decisions.js';
import type { Decision, DecisionKind, PutDecisionResult } from './decisions.js';
import type { StoreDatabase } from './sqlite/schema.js';

/** One row per analyst decision (migration 9, both backends). `value` is JSON text; times ISO 8601 text. */
export interface DecisionsTable {
  id: string;
  kind: string;
  target: string;
  value: string;
  author: string;
  created_at: string;
  reason: string | null;
  revoked_at: string | null;
}

/** The SQL check both dialects put on `decisions.kind`. */
export const DECISION_KIND_CHECK = DECISION_KINDS.map((kind) => `'${kind}'`).join(', ');

/** Inserts a decision unless one with its id is stored (then that one is returned, unchanged). */
export async function insertDecision(
  db: Kysely<StoreDatabase>,
  decision: Decision,
): Promise<PutDecisionResult> {
  if (!(DECISION_KINDS as readonly string[]).includes(decision.kind)) {
    throw new ParleyError('E_USAGE', `unknown decision kind "${decision.kind}"`, {
      hint: `use one of ${DECISION_KINDS.join(', ')}`,
    });
  }
  const result = await db
    .insertInto('decisions')
    .values({
      id: decision.id,
      kind: decision.kind,
      target: decision.target,
      value: JSON.stringify(decision.value ?? null),
      author: decision.author,
      created_at: decision.createdAt,
      reason: decision.reason,
      revoked_at: decision.revokedAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  const stored = await readDecision(db, decision.id);
  if (!stored) throw new Error(`decision ${decision.id} vanished right after it was written`);
  return { decision: stored, created: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/** Every decision in the order it was made (created_at, then id); revoked ones only when asked. */
export async function readDecisions(db: Kysely<StoreDatabase>, includeRevoked: boolean): Promise<Decision[]> {
  let query = db.selectFrom('decisions').selectAll();
  if (!includeRevoked) query = query.where('revoked_at', 'is', null);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toDecision);
}

export async function readDecision(db: Kysely<StoreDatabase>, id: string): Promise<Decision | null> {
  const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDecision(row) : null;
}

/** Marks a decision revoked at `at` inside the caller's transaction; a second revoke keeps the first time. */
export async function markRevoked(db: Kysely<StoreDatabase>, id: string, at: Date): Promise<Decision | null> {
  await db
    .updateTable('decisions')
    .set({ revoked_at: at.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  return readDecision(db, id);
}

function toDecision(row: Selectable<DecisionsTable>): Decision {
  return {
    id: row.id,
    kind: row.kind as DecisionKind,
    target: row.target,
    value: JSON.parse(row.value) as unknown,
    author: row.author,
    createdAt: row.created_at,
    reason: row.reason,
    revokedAt: row.revoked_at,
  };
}
