import type { CleaningStep } from './cleaning-step.js';
import { boilerplate } from './steps/boilerplate.js';
import { entities } from './steps/entities.js';
import { markupResidue } from './steps/markup-residue.js';
import { readerDrops } from './steps/reader-drops.js';
import { sentenceSpacing } from './steps/sentence-spacing.js';
import { sponsored } from './steps/sponsored.js';
import { unicode } from './steps/unicode.js';
import { whitespace } from './steps/whitespace.js';

/**
 * The cleaning steps in the order they run. The order is part of the contract: reader drops use raw
 * offsets so they go first; markup residue goes before boilerplate so a teaser line ending in `p >` is
 * recognised; boilerplate goes before sponsored notices so a trailing "Share this article" does not hide
 * that a notice ends the text; spacing, Unicode and whitespace repair what is left.
 */
export const DEFAULT_CLEANING_STEPS: readonly CleaningStep[] = [
  readerDrops,
  markupResidue,
  entities,
  boilerplate,
  sponsored,
  sentenceSpacing,
  unicode,
  whitespace,
];
