import type { Document, KnownAnchor, LayerName, Layers, StoryPack } from '../model/index.js';

/**
 * What an extractor is given besides the document. The reference date comes in here, never from the
 * clock, so the same input gives the same output byte for byte.
 */
export interface ExtractContext {
  /** The date relative expressions resolve against: the publication date, or a date the user gave. */
  referenceDate: string | null;
  /** The story pack in use, or null: extraction works without one; a pack only adds knowledge. */
  pack?: StoryPack | null;
  /** Events with known dates, from the pack and learned from other articles, for dates given relative to them. */
  anchors?: readonly KnownAnchor[];
  /** Options per extractor name, as the caller configured them. */
  options?: Readonly<Record<string, unknown>>;
}

/**
 * A read-only view of a document for extractors: they read earlier layers and return new ones; only the
 * runner writes.
 */
export type DocumentView = Readonly<Omit<Document, 'layers'>> & { readonly layers: Readonly<Layers> };

/**
 * The extractor contract. `requires` names layers that must exist before `extract` runs; `provides` names
 * the layers it returns, and it must return exactly those. `extract` is pure: no I/O, no clock.
 */
export interface Extractor {
  name: string;
  version: number;
  requires: readonly LayerName[];
  provides: readonly LayerName[];
  extract(doc: DocumentView, ctx: ExtractContext): Partial<Layers>;
  /**
   * True when the output depends on `ctx.referenceDate` (relative dates, the date of a role). When an
   * article's date becomes known, only these extractors, and those that read their layers, run again.
   */
  readsReferenceDate?: boolean;
}

/** `name@version`: how a layer records the extractor that wrote it. */
export function producerTag(extractor: Pick<Extractor, 'name' | 'version'>): string {
  return `${extractor.name}@${extractor.version}`;
}
