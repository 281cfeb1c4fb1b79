import type { RawDocument } from '../../model/index.js';
import type { TextEdit } from '../text-edits.js';

/**
 * What a step says about one of its edits. The runner turns it into a QualitySignal with `by:
 * clean/<step>`, a `rawSpan` at the raw text the edit removed or changed, and that raw text shortened.
 */
export interface SignalDraft {
  code: string;
  detail: string;
  severity: 'info' | 'warning' | 'error';
}

/** One proposed edit in the step's input text, with the signal that records it when it removes content. */
export interface StepFinding {
  edit: TextEdit;
  signal?: SignalDraft;
}

/**
 * One cleaning step, chrono-style: a name and a pure `find` that proposes non-overlapping edits on the
 * text as the previous steps left it. Steps never edit text themselves, so the runner can keep the map back
 * to the raw input. `doc` is the reader's output, for steps that need its metadata (the `drop` list).
 */
export interface CleaningStep {
  /** Kebab-case; signals carry it as `clean/<name>`. */
  readonly name: string;
  find(text: string, doc: RawDocument): StepFinding[];
}
