import { describe, expect, it } from 'vitest';
import type { OffsetRun, Span } from '../../model/index.js';
import { rawToCleanSpan } from './raw-to-clean-span.js';

// raw 'Title h1 >\nBody.Text' → clean 'Title\nBody. Text'
const RAW = 'Title h1 >\nBody.Text';
const CLEAN = 'Title\nBody. Text';
const RUNS: OffsetRun[] = [
  [0, 0, 5],
  [5, 10, 6],
  [12, 16, 4],
];

describe('rawToCleanSpan', () => {
  const cases: Array<{ name: string; raw: Span; clean: string | null }> = [
    { name: 'a span with residue inside', raw: { start: 0, end: 10 }, clean: 'Title' },
    { name: 'a span with its line break', raw: { start: 0, end: 11 }, clean: 'Title\n' },
    { name: 'a span across an inserted space', raw: { start: 11, end: 20 }, clean: 'Body. Text' },
    { name: 'a span wholly removed', raw: { start: 6, end: 10 }, clean: null },
    { name: 'an empty span', raw: { start: 3, end: 3 }, clean: null },
    { name: 'a span past the text', raw: { start: 30, end: 40 }, clean: null },
  ];
  it.each(cases)('$name', ({ raw, clean }) => {
    const span = rawToCleanSpan(RUNS, raw);
    expect(span === null ? null : CLEAN.slice(span.start, span.end)).toBe(clean);
  });

  it('gives the exact clean span', () => {
    expect(rawToCleanSpan(RUNS, { start: 11, end: 20 })).toEqual({ start: 6, end: 16 });
    expect(RAW.slice(11, 20)).toBe('Body.Text');
  });

  it('survives a hostile input: 100,000 runs', () => {
    const runs: OffsetRun[] = Array.from({ length: 100_000 }, (_, k) => [k, 2 * k, 1]);
    expect(rawToCleanSpan(runs, { start: 0, end: 200_000 })).toEqual({ start: 0, end: 100_000 });
  });
});
