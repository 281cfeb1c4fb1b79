import { describe, expect, it } from 'vitest';
import type { PackActor, Role } from '../model/index.js';
import type { RoleClaim } from './role-history.js';
import { roleConflicts, roleHistory } from './role-history.js';

function claim(
  docId: string,
  date: string | null,
  title: string,
  of: string | null,
  qualifier: Role['qualifier'] = null,
): RoleClaim {
  return {
    docId,
    date,
    text: `${qualifier ?? ''} ${title}`.trim(),
    role: { title, of, qualifier, relation: false, evidence: { start: 0, end: 5 }, date, basis: 'text' },
  };
}

describe('roleHistory', () => {
  it('groups one title across articles with its first and last dates and every source', () => {
    const history = roleHistory([
      claim('d1', '2025-03-01', 'President', 'United States'),
      claim('d2', '2025-01-10', 'president', 'United States'),
      claim('d3', null, 'special envoy', 'United States'),
    ]);
    expect(history[0]).toMatchObject({ firstSeen: '2025-01-10', lastSeen: '2025-03-01', basis: 'text' });
    expect(history[0]?.sources.map((s) => s.doc)).toEqual(['d1', 'd2']);
    expect(history[1]).toMatchObject({ title: 'special envoy', firstSeen: null });
  });

  it('folds a title stated without "of" into the one entry that states it, not into two', () => {
    const one = roleHistory([
      claim('d1', '2025-03-01', 'President', 'Russia'),
      claim('d2', '2025-03-05', 'President', null),
    ]);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ of: 'Russia', lastSeen: '2025-03-05' });
    expect(one[0]?.sources).toHaveLength(2);
    const two = roleHistory([
      claim('d1', null, 'President', 'Russia'),
      claim('d2', null, 'President', 'France'),
      claim('d3', null, 'President', null),
    ]);
    expect(two).toHaveLength(3);
  });

  it('adds the pack roles, marked as such', () => {
    const pack: PackActor = {
      id: 'p',
      kind: 'person',
      name: 'P',
      aliases: [],
      roles: [{ title: 'Chancellor', of: 'Germany', from: '2025-05-06' }],
    };
    expect(roleHistory([], pack)).toEqual([
      expect.objectContaining({ title: 'Chancellor', basis: 'pack', from: '2025-05-06' }),
    ]);
  });
});

describe('roleConflicts', () => {
  it('reports "former" against current claims of the same period, citing both sides', () => {
    const claims = [
      claim('d1', '2025-02-20', 'President', 'United States'),
      claim('d2', '2025-08-12', 'President', null),
      claim('d3', '2025-12-05', 'president', 'United States', 'former'),
    ];
    const [conflict, ...rest] = roleConflicts("Donald Trump's role", claims);
    expect(rest).toEqual([]);
    expect(conflict?.claim.docId).toBe('d3');
    expect(conflict?.against.map((c) => c.docId)).toEqual(['d1', 'd2']);
  });

  it('matches a shorter title to a longer one ("envoy" and "special envoy")', () => {
    const conflicts = roleConflicts('r', [
      claim('a', null, 'special envoy', 'United States'),
      claim('b', null, 'envoy', 'United States', 'former'),
    ]);
    expect(conflicts).toHaveLength(1);
  });

  it('accepts "former" when the current claims are from another period', () => {
    const claims = [
      claim('d1', '2019-05-01', 'President', 'United States'),
      claim('d2', '2023-05-01', 'President', 'United States', 'former'),
    ];
    expect(roleConflicts('r', claims)).toEqual([]);
  });

  it('does not compare different offices or different countries', () => {
    const claims = [
      claim('d1', null, 'Secretary of State', 'United States'),
      claim('d2', null, 'Secretary of Defense', 'United States', 'former'),
      claim('d3', null, 'Prime Minister', 'France'),
      claim('d4', null, 'Prime Minister', 'Poland', 'former'),
    ];
    expect(roleConflicts('r', claims)).toEqual([]);
  });

  it('checks a "former" claim against the pack role held on that date', () => {
    const pack: PackActor = {
      id: 'envoy',
      kind: 'person',
      name: 'E',
      aliases: [],
      roles: [{ title: 'special envoy', of: 'United States', from: '2025-01' }],
    };
    const [conflict] = roleConflicts(
      'r',
      [claim('d1', '2025-12-01', 'envoy', 'United States', 'former')],
      pack,
    );
    expect(conflict?.againstPack).toMatchObject({ actor: 'envoy', title: 'special envoy' });
    expect(roleConflicts('r', [claim('d1', '2024-06-01', 'envoy', 'United States', 'former')], pack)).toEqual(
      [],
    );
  });
});
