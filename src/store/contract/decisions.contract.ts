import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { Decision } from '../decisions.js';
import type { ContractContext } from '../store.contract.js';

const merge: Decision = {
  id: 'dec_merge',
  kind: 'merge-actors',
  target: 'actors:act_a+act_b',
  value: { keep: 'act_a', names: { act_a: 'Anna Berg', act_b: 'A. Berg' } },
  author: 'analyst',
  createdAt: '2026-03-01T10:00:00.000Z',
  reason: 'the same envoy',
  revokedAt: null,
};
const reject: Decision = {
  ...merge,
  id: 'dec_reject',
  kind: 'reject',
  target: 'quote:doc_1:120',
  value: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  reason: null,
};

/** Analyst decisions: stored idempotently by id, listed in the order made, revoked but kept. */
export function describeDecisionsContract(context: ContractContext): void {
  describe('decisions', () => {
    it('stores a decision once, with its JSON value, and lists them in the order they were made', async () => {
      expect(await context.store.putDecision(merge)).toEqual({ decision: merge, created: true });
      expect(await context.store.putDecision(reject)).toEqual({ decision: reject, created: true });
      const again = await context.store.putDecision({ ...merge, reason: 'changed' });
      expect(again).toEqual({ decision: merge, created: false });
      expect(await context.store.listDecisions()).toEqual([reject, merge]);
      const reopened = await context.fixture.reopen();
      expect(await reopened.listDecisions()).toEqual([reject, merge]);
    });

    it('moves the store revision on a decision and on its revoke, and not on a repeat', async () => {
      const start = await context.store.revision();
      expect(await context.store.revision()).toBe(start);
      await context.store.putDecision(merge);
      const decided = await context.store.revision();
      expect(decided).not.toBe(start);
      await context.store.putDecision(merge);
      expect(await context.store.revision()).toBe(decided);
      await context.store.revokeDecision(merge.id, new Date('2026-03-02T00:00:00Z'));
      expect(await context.store.revision()).not.toBe(decided);
    });

    it('revokes a decision: it leaves the list but stays stored, and the first revoke time is kept', async () => {
      await context.store.putDecision(merge);
      await context.store.putDecision(reject);
      const first = new Date('2026-03-02T00:00:00.000Z');
      expect(await context.store.revokeDecision('dec_merge', first)).toEqual({
        ...merge,
        revokedAt: first.toISOString(),
      });
      const later = await context.store.revokeDecision('dec_merge', new Date('2026-03-03T00:00:00.000Z'));
      expect(later?.revokedAt).toBe(first.toISOString());
      expect(await context.store.revokeDecision('dec_none', first)).toBeNull();
      expect((await context.store.listDecisions()).map((d) => d.id)).toEqual(['dec_reject']);
      const all = await context.store.listDecisions({ includeRevoked: true });
      expect(all.map((d) => [d.id, d.revokedAt])).toEqual([
        ['dec_reject', null],
        ['dec_merge', first.toISOString()],
      ]);
    });

    it('refuses an unknown kind with E_USAGE and stores nothing', async () => {
      const bad = { ...merge, kind: 'delete-everything' } as unknown as Decision;
      const failure = await context.store.putDecision(bad).catch((error: unknown) => error);
      expect(isParleyError(failure, 'E_USAGE')).toBe(true);
      expect(await context.store.listDecisions({ includeRevoked: true })).toEqual([]);
    });
  });
}
