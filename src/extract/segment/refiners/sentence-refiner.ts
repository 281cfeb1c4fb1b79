import type { Paragraph, Span } from '../../../model/index.js';

/** What a refiner may read besides the sentences: the whole clean text and the paragraph being refined. */
export interface RefinerContext {
  readonly text: string;
  readonly paragraph: Paragraph;
}

/**
 * One step that corrects sentence boundaries inside one paragraph: it merges, splits, moves or trims
 * spans and returns new ones in order, without mutating its input. Refiners see one paragraph at a time,
 * so no refiner can make a sentence cross a paragraph boundary.
 */
export type SentenceRefiner = (sentences: readonly Span[], context: RefinerContext) => Span[];
