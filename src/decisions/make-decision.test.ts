import { describe, expect, it } from 'vitest';
import { isParleyError } from '../model/index.js';
import { makeDecision } from './make-decision.js';
import type { DecisionInput } from './make-decision.js';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const base = { author: 'ana' };

describe('makeDecision', () => {
  it.each<[string, DecisionInput, { target: string; value: unknown }]>([
    [
      'a bare event id gets its prefix',
      { ...base, kind: 'set-date', target: 'ev-doc_ab12-3', value: { date: '2025-05-16' } },
      { target: 'event:ev-doc_ab12-3', value: { date: '2025-05-16' } },
    ],
    [
      'an actor pair is sorted; keep defaults to the first',
      { ...base, kind: 'merge-actors', target: 'actors:act_b+act_a' },
      { target: 'actors:act_a+act_b', value: { keep: 'act_a', names: {} } },
    ],
    [
      'reject keeps two actors apart',
      { ...base, kind: 'reject', target: 'actors:act_b+act_a' },
      { target: 'actors:act_a+act_b', value: null },
    ],
    [
      'a quote target',
      { ...base, kind: 'confirm', target: 'quote:doc_ab12:120' },
      { target: 'quote:doc_ab12:120', value: null },
    ],
    [
      'a stance position',
      { ...base, kind: 'set-stance', target: 'stance:doc_ab12:7', value: { position: 'oppose' } },
      { target: 'stance:doc_ab12:7', value: { position: 'oppose' } },
    ],
    [
      'a split by alias',
      { ...base, kind: 'split-actor', target: 'actor:act_a', value: { alias: 'Zelenskiy' } },
      { target: 'actor:act_a', value: { alias: 'Zelenskiy' } },
    ],
  ])('%s', (_, input, expected) => {
    const decision = makeDecision(input, NOW);
    expect(decision).toMatchObject({
      ...expected,
      author: 'ana',
      createdAt: NOW.toISOString(),
      revokedAt: null,
    });
    expect(decision.id).toMatch(/^dec_[0-9a-f]{16}$/);
    expect(makeDecision(input, NOW).id).toBe(decision.id);
    expect(makeDecision(input, new Date(NOW.getTime() + 1)).id).not.toBe(decision.id);
  });

  it.each<[string, DecisionInput, string]>([
    ['an unknown kind', { ...base, kind: 'delete', target: 'quote:doc_a:1' }, 'unknown decision kind'],
    [
      'a target of the wrong type',
      { ...base, kind: 'set-date', target: 'quote:doc_a:1', value: { date: '2025-05-16' } },
      'not a target',
    ],
    ['a pair of one actor', { ...base, kind: 'merge-actors', target: 'actors:act_a+act_a' }, 'not a target'],
    [
      'a date that is no day',
      { ...base, kind: 'set-date', target: 'ev-doc_a-0', value: { date: '16 May' } },
      'bad value',
    ],
    [
      'an unknown position',
      { ...base, kind: 'set-stance', target: 'stance:doc_a:1', value: { position: 'maybe' } },
      'bad value',
    ],
    [
      'a stray field',
      { ...base, kind: 'set-date', target: 'ev-doc_a-0', value: { date: '2025-05-16', by: 'x' } },
      'bad value',
    ],
    [
      'a value on reject',
      { ...base, kind: 'reject', target: 'quote:doc_a:1', value: { why: 1 } },
      'bad value',
    ],
    [
      'a split with nothing to split',
      { ...base, kind: 'split-actor', target: 'actor:act_a', value: {} },
      'bad value',
    ],
    [
      'a merge keeping a third actor',
      { ...base, kind: 'merge-actors', target: 'actors:act_a+act_b', value: { keep: 'act_c' } },
      'keeps one of the two',
    ],
    ['no author', { author: '  ', kind: 'confirm', target: 'quote:doc_a:1' }, 'needs an author'],
    [
      'hostile text as a target',
      { ...base, kind: 'reject', target: "event:ev-x'); drop table decisions;--" },
      'not a target',
    ],
  ])('refuses %s with E_USAGE', (_, input, message) => {
    let failure: unknown;
    try {
      makeDecision(input, NOW);
    } catch (error) {
      failure = error;
    }
    expect(isParleyError(failure, 'E_USAGE')).toBe(true);
    expect((failure as Error).message).toContain(message);
  });
});
