import type { QualitySignal, RawDocument } from '../../model/index.js';
import { applyEdits, composeMaps, identityMap } from '../text-edits.js';
import type { OffsetArray } from '../text-edits.js';
import type { CleaningStep, StepFinding } from './cleaning-step.js';
import { rangeToRaw, shorten } from './range-to-raw.js';

/** The text after every step, its per-character map to `doc.raw`, and one signal per recorded edit. */
export interface StepsOutcome {
  text: string;
  map: OffsetArray;
  signals: QualitySignal[];
}

/**
 * Runs steps in the given order over `doc.raw`. After each step its edits are applied at once and the
 * new map composed with the map so far, so every step sees the text the previous ones left and every
 * signal is located in raw coordinates before the next step moves the text. Signals come out in step
 * order, and by position within a step, so the output is stable.
 */
export function runCleaningSteps(doc: RawDocument, steps: readonly CleaningStep[]): StepsOutcome {
  let text = doc.raw;
  let map = identityMap(text.length);
  const signals: QualitySignal[] = [];
  for (const step of steps) {
    const findings = [...step.find(text, doc)].sort((a, b) => a.edit.start - b.edit.start);
    if (findings.length === 0) continue;
    for (const finding of findings) {
      const signal = toSignal(step.name, finding, map, doc.raw);
      if (signal) signals.push(signal);
    }
    const applied = applyEdits(
      text,
      findings.map((finding) => finding.edit),
    );
    text = applied.text;
    map = composeMaps(applied.map, map);
  }
  return { text, map, signals };
}

function toSignal(
  stepName: string,
  finding: StepFinding,
  map: OffsetArray,
  raw: string,
): QualitySignal | null {
  if (!finding.signal) return null;
  const rawSpan = rangeToRaw(map, finding.edit.start, finding.edit.end);
  return {
    code: finding.signal.code,
    severity: finding.signal.severity,
    rawSpan,
    detail: finding.signal.detail,
    text: shorten(raw.slice(rawSpan.start, rawSpan.end)),
    by: `clean/${stepName}`,
  };
}
