import type { OffsetRun, QualitySignal, RawDocument, Span } from '../../model/index.js';
import { toRuns } from '../offset-map.js';
import type { CleaningStep } from './cleaning-step.js';
import { DEFAULT_CLEANING_STEPS } from './default-steps.js';
import { rawToCleanSpan } from './raw-to-clean-span.js';
import { runCleaningSteps } from './run-cleaning-steps.js';

/**
 * The clean text with its offset map to `doc.raw`, one signal per removal or repair made by cleaning (the
 * reader's own signals are not repeated here), and the title located in the clean text.
 */
export interface CleanResult {
  text: string;
  offsetMap: OffsetRun[];
  signals: QualitySignal[];
  title: { text: string; span: Span } | null;
}

/** Options for `cleanDocument`. */
export interface CleanOptions {
  /** The steps to run, in order; defaults to `DEFAULT_CLEANING_STEPS`. Tests and tools run subsets. */
  steps?: readonly CleaningStep[];
}

/**
 * Turns a reader's raw text into the clean text every span of every layer will point into. Pure and
 * deterministic. Nothing is removed silently: each removal of content is a signal whose `rawSpan` shows
 * the removed raw text, and the offset map leads every clean character back to the raw character it was
 * copied from. The title is the clean text of the reader's `titleSpan`; null when there was none or
 * cleaning removed all of it.
 */
export function cleanDocument(doc: RawDocument, options: CleanOptions = {}): CleanResult {
  const outcome = runCleaningSteps(doc, options.steps ?? DEFAULT_CLEANING_STEPS);
  const offsetMap = toRuns(outcome.map);
  return {
    text: outcome.text,
    offsetMap,
    signals: outcome.signals,
    title: doc.titleSpan ? locateTitle(outcome.text, offsetMap, doc.titleSpan) : null,
  };
}

function locateTitle(text: string, runs: readonly OffsetRun[], rawSpan: Span): CleanResult['title'] {
  const span = rawToCleanSpan(runs, rawSpan);
  if (!span) return null;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? { text: text.slice(start, end), span: { start, end } } : null;
}
