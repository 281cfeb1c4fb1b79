/** The corrections an analyst can make to the record (issue #10); see src/decisions/README.md. */
export const DECISION_KINDS = [
  'merge-actors',
  'split-actor',
  'set-date',
  'reject',
  'confirm',
  'set-stance',
  'set-speaker',
] as const;

/** One kind of correction. */
export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * One analyst decision, as stored. `target` is a stable key of the fact it corrects (`event:ev-…`,
 * `stance:<doc>:<start>`, `quote:<doc>:<start>`, `actor:<id>`, `actors:<id>+<id>`), so it finds the same
 * fact after a re-ingest or a rebuild from scratch. `value` is the kind's JSON payload. Times are ISO 8601
 * in UTC, from the caller's clock (the store reads none). A revoked decision is kept for the audit trail.
 */
export interface Decision {
  id: string;
  kind: DecisionKind;
  target: string;
  value: unknown;
  author: string;
  createdAt: string;
  reason: string | null;
  revokedAt: string | null;
}

/** What `putDecision` did: `created` is false when a decision with this id was already stored (kept as is). */
export interface PutDecisionResult {
  decision: Decision;
  created: boolean;
}
