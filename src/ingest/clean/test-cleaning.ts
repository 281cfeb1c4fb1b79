/** Test support for cleaning (excluded from the build as `test-*.ts`: it imports vitest). */
import { expect } from 'vitest';
import type { QualitySignal, RawDocument, Span } from '../../model/index.js';
import type { CleaningStep } from './cleaning-step.js';
import { makeRawDocument } from './make-raw-document.js';
import { runCleaningSteps } from './run-cleaning-steps.js';
import type { StepsOutcome } from './run-cleaning-steps.js';

/**
 * Test support: runs the given steps over `raw` through the real runner, so step tests see exactly the
 * text, map and signals `cleanDocument` would produce for that step.
 */
export function cleanWith(
  steps: CleaningStep | readonly CleaningStep[],
  raw: string,
  extra: Partial<RawDocument> = {},
): StepsOutcome {
  return runCleaningSteps(
    makeRawDocument(raw, extra),
    Array.isArray(steps) ? steps : [steps as CleaningStep],
  );
}

/** Test support: the span of the `occurrence`-th `needle` in `text`; throws when it is not there. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  return { start: at, end: at + needle.length };
}

/**
 * Test support: asserts that the signals' raw spans are exactly where the expected removed strings are in
 * `raw` (each given as a string, or with its occurrence when it repeats) and that they slice to them.
 */
export function expectRemoved(
  raw: string,
  signals: readonly QualitySignal[],
  removed: ReadonlyArray<string | [string, number]>,
): void {
  const actual = signals.map((signal) => ({
    span: signal.rawSpan,
    text: signal.rawSpan ? raw.slice(signal.rawSpan.start, signal.rawSpan.end) : undefined,
  }));
  const expected = removed.map((entry) => {
    const [needle, occurrence] = typeof entry === 'string' ? [entry, 0] : entry;
    return { span: spanOf(raw, needle, occurrence), text: needle };
  });
  expect(actual).toEqual(expected);
}
