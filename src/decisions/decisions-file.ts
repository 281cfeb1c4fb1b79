import { z } from 'zod';
import { ParleyError } from '../model/index.js';
import { DECISION_KINDS } from '../store/decisions.js';
import type { Decision } from '../store/decisions.js';
import type { Store } from '../store/store.js';
import { checkDecision } from './make-decision.js';

/** The format version of a decisions file. */
export const DECISIONS_SCHEMA = 'parley.decisions/1';

/** A decisions file: every decision, revoked ones included, in the order made, so it diffs well in git. */
export interface DecisionsFile {
  schema: typeof DECISIONS_SCHEMA;
  decisions: Decision[];
}

const fileSchema = z.object({
  schema: z.literal(DECISIONS_SCHEMA),
  decisions: z.array(
    z.strictObject({
      id: z.string().regex(/^dec_[0-9a-z]+$/),
      kind: z.enum(DECISION_KINDS),
      target: z.string().min(1),
      value: z.unknown(),
      author: z.string().min(1),
      createdAt: z.iso.datetime(),
      reason: z.string().nullable(),
      revokedAt: z.iso.datetime().nullable(),
    }),
  ),
});

/** Every stored decision as a file; keys in a fixed order, decisions in the order made. */
export async function exportDecisions(store: Store): Promise<DecisionsFile> {
  const decisions = await store.listDecisions({ includeRevoked: true });
  return {
    schema: DECISIONS_SCHEMA,
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      target: d.target,
      value: d.value,
      author: d.author,
      createdAt: d.createdAt,
      reason: d.reason,
      revokedAt: d.revokedAt,
    })),
  };
}

/** What an import did: decisions added, already known, and revoked by the file. */
export interface ImportSummary {
  added: number;
  known: number;
  revoked: number;
}

/**
 * Imports a decisions file (parsed JSON), idempotently: a decision is known by its id, so importing the
 * same file twice adds nothing; a decision the file has revoked is revoked here too (at the file's time).
 * The whole file is checked before anything is stored: one bad entry fails it with E_USAGE naming it.
 */
export async function importDecisions(store: Store, data: unknown): Promise<ImportSummary> {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ParleyError(
      'E_USAGE',
      `not a ${DECISIONS_SCHEMA} file: ${issue?.path.join('.')}: ${issue?.message}`,
      {
        hint: 'write one with `parley decisions export --out FILE`',
      },
    );
  }
  const checked = parsed.data.decisions.map((decision, i) => {
    try {
      return checkDecision(decision as Decision);
    } catch (error) {
      throw new ParleyError('E_USAGE', `decision ${i + 1} (${decision.id}): ${(error as Error).message}`);
    }
  });
  const summary: ImportSummary = { added: 0, known: 0, revoked: 0 };
  for (const decision of checked) {
    const { created, decision: stored } = await store.putDecision(decision);
    summary[created ? 'added' : 'known'] += 1;
    if (decision.revokedAt && !stored.revokedAt) {
      await store.revokeDecision(decision.id, new Date(decision.revokedAt));
      summary.revoked += 1;
    }
  }
  return summary;
}
