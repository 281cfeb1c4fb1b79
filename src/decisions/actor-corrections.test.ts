import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../model/index.js';
import type { Decision } from '../store/decisions.js';
import { actorCorrections } from './actor-corrections.js';

const actor = (id: string, name: string): ActorRecord => ({
  id,
  kind: 'person',
  name,
  packActor: null,
  keys: [],
});
const ACTORS = [actor('act_a', 'Anna Berg'), actor('act_b', 'A. Berg'), actor('act_c', 'Carl Dahl')];
let n = 0;
const decision = (kind: Decision['kind'], target: string, value: unknown): Decision => ({
  id: `dec_${(n += 1)}`,
  kind,
  target,
  value,
  author: 'ana',
  createdAt: '2026-03-01T10:00:00.000Z',
  reason: null,
  revokedAt: null,
});

describe('actorCorrections', () => {
  it('merges into the kept actor, splits by alias or document, and applies them in the order made', () => {
    const merge = decision('merge-actors', 'actors:act_a+act_b', { keep: 'act_a' });
    const split = decision('split-actor', 'actor:act_a', { alias: 'a. berg' });
    const byDoc = decision('split-actor', 'actor:act_c', { docs: ['doc_2'] });
    const fixed = actorCorrections(ACTORS, [merge, split, byDoc]);
    expect(fixed.actorOf('doc_1', { name: 'Anna Berg' }, 'act_b')).toBe('act_a');
    const moved = fixed.actorOf('doc_1', { name: 'A.  Berg' }, 'act_b')!;
    expect(moved).toMatch(/^act_a~[0-9a-f]{8}$/);
    expect(fixed.records.get(moved)).toMatchObject({ name: 'a. berg', kind: 'person' });
    expect(fixed.actorOf('doc_1', { name: 'Carl Dahl' }, 'act_c')).toBe('act_c');
    expect(fixed.actorOf('doc_2', { name: 'Carl Dahl' }, 'act_c')).toMatch(/^act_c~/);
    expect(fixed.actorOf('doc_2', { name: 'Carl Dahl' }, undefined)).toBeUndefined();
    expect(fixed.decidedBy('act_a')).toEqual([merge.id, split.id]);
  });

  it('finds an actor whose id changed by the name the decision recorded', () => {
    const renamed = [actor('act_a2', 'Anna Berg'), actor('act_b', 'A. Berg')];
    const merge = decision('merge-actors', 'actors:act_a+act_b', {
      keep: 'act_a',
      names: { act_a: 'Anna Berg' },
    });
    expect(actorCorrections(renamed, [merge]).actorOf('doc_1', { name: 'A. Berg' }, 'act_b')).toBe('act_a2');
  });

  it('leaves everything as inferred without decisions, and chains merges to one actor', () => {
    expect(actorCorrections(ACTORS, []).actorOf('doc_1', { name: 'x' }, 'act_b')).toBe('act_b');
    const chain = actorCorrections(ACTORS, [
      decision('merge-actors', 'actors:act_a+act_b', { keep: 'act_b' }),
      decision('merge-actors', 'actors:act_a+act_c', { keep: 'act_c' }),
    ]);
    expect(['act_a', 'act_b', 'act_c'].map((id) => chain.actorOf('doc_1', { name: '' }, id))).toEqual([
      'act_c',
      'act_c',
      'act_c',
    ]);
  });
});
