import { describe, expect, it } from 'vitest';
import type { StanceReport } from './stance-history.js';
import { stanceMatrix } from './stance-history.js';

function report(
  doc: string,
  position: StanceReport['position'],
  date: string | null,
  fields: Partial<StanceReport> = {},
): StanceReport {
  return {
    actor: 'a1',
    actorName: 'Olena Marchuk',
    country: null,
    issue: 'ceasefire',
    position,
    date,
    doc,
    span: { start: 0, end: 20 },
    confidence: 0.8,
    basis: 'pack',
    ...fields,
  };
}

describe('stanceMatrix', () => {
  it('folds reports of the same position into one run with all the evidence', () => {
    const [cell] = stanceMatrix([report('d2', 'oppose', '2025-03-04'), report('d1', 'oppose', '2025-02-01')]);
    expect(cell!.shifted).toBe(false);
    expect(cell!.latest).toMatchObject({ position: 'oppose', from: '2025-02-01', date: '2025-03-04' });
    expect(cell!.latest.evidence.map((e) => e.doc)).toEqual(['d1', 'd2']);
  });

  it('shows a shift when the same actor moves on the same issue, in date order', () => {
    const [cell] = stanceMatrix([
      report('d3', 'support', '2025-05-01'),
      report('d1', 'oppose', '2025-02-01'),
      report('d2', 'conditional', '2025-03-01'),
    ]);
    expect(cell!.shifted).toBe(true);
    expect(cell!.history.map((run) => `${run.position} ${run.from}`)).toEqual([
      'oppose 2025-02-01',
      'conditional 2025-03-01',
      'support 2025-05-01',
    ]);
    expect(cell!.latest.position).toBe('support');
  });

  it('keeps actors and issues apart, and never reports a shift across them', () => {
    const cells = stanceMatrix([
      report('d1', 'oppose', '2025-02-01'),
      report('d2', 'support', '2025-02-02', { issue: 'sanctions' }),
      report('d3', 'support', '2025-02-03', { actor: 'a2', actorName: 'Anders Holm' }),
    ]);
    expect(cells.map((c) => `${c.actorName} ${c.issue} ${c.latest.position} ${c.shifted}`)).toEqual([
      'Anders Holm ceasefire support false',
      'Olena Marchuk ceasefire oppose false',
      'Olena Marchuk sanctions support false',
    ]);
  });
});
