/** Cleaning: raw reader output to clean text with an offset map and a signal for every removal. */
export { cleanDocument } from './clean-document.js';
export type { CleanOptions, CleanResult } from './clean-document.js';
export type { CleaningStep, SignalDraft, StepFinding } from './cleaning-step.js';
export { DEFAULT_CLEANING_STEPS } from './default-steps.js';
export { rawToCleanSpan } from './raw-to-clean-span.js';
export { rangeToRaw } from './range-to-raw.js';
export { runCleaningSteps } from './run-cleaning-steps.js';
