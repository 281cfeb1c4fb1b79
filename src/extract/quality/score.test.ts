import { describe, expect, it } from 'vitest';
import type { QualitySignal } from '../../model/index.js';
import { scoreQuality } from './index.js';

const signal = (code: string, severity: QualitySignal['severity'] = 'warning'): QualitySignal => ({
  code,
  severity,
  detail: code,
  by: 'test',
});

describe('scoreQuality', () => {
  it('is 1 with nothing found', () => {
    expect(scoreQuality([])).toEqual({ score: 1, costs: [] });
  });

  it('charges each code its cost, scaled by severity, and explains it', () => {
    expect(scoreQuality([signal('sponsored-content'), signal('undated', 'info')])).toEqual({
      score: 0.7,
      costs: [
        { code: 'sponsored-content', cost: 0.25, detail: '1 warning × 0.25 (× severity) = 0.25' },
        { code: 'undated', cost: 0.05, detail: '1 info × 0.1 (× severity) = 0.05' },
      ],
    });
    expect(scoreQuality([signal('seo-spin', 'error')]).costs[0]?.cost).toBe(0.15);
  });

  it('caps a code, so many small slips do not outweigh one serious signal', () => {
    const slips = Array.from({ length: 40 }, () => signal('spacing-errors'));
    expect(scoreQuality(slips)).toEqual({
      score: 0.92,
      costs: [
        {
          code: 'spacing-errors',
          cost: 0.08,
          detail: '40 warning × 0.02 (× severity) = 0.8, capped at 0.08',
        },
      ],
    });
  });

  it('charges an unknown code a small default, and never goes below 0', () => {
    expect(scoreQuality([signal('brand-new-signal')]).score).toBe(0.98);
    const many = [
      'sponsored-content',
      'seo-spin',
      'fact-inconsistency',
      'role-inconsistency',
      'typos',
      'markup-residue',
    ].flatMap((code) => [signal(code, 'error'), signal(code, 'error'), signal(code, 'error')]);
    expect(scoreQuality(many).score).toBe(0);
  });

  it('ranks an article with sponsorship below one with a lost date', () => {
    expect(scoreQuality([signal('sponsored-content')]).score).toBeLessThan(
      scoreQuality([signal('undated', 'info')]).score,
    );
  });
});
