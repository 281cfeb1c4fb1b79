import type { DocumentMeta, InputFormat, Location, QualitySignal, RawDocument } from '../../model/index.js';
import { collapse } from './block-text.js';

/** What {@link blocksToRawDocument} needs besides the blocks. */
export interface BlocksInput {
  format: InputFormat;
  location: Location;
  meta: DocumentMeta;
  /** Text blocks, one per line, already whitespace-collapsed. */
  blocks: string[];
  signals?: QualitySignal[];
}

/**
 * Builds the raw text of a document that came as markup (an HTML page, a feed item, a JSON Lines `html`
 * field): the title as the first line (`titleSpan`), a blank line, then one block a line with a blank line
 * between blocks. Every markup reader composes its text here, so the same article read from its page and
 * from a feed gets the same raw text and therefore the same content hash. A first block that repeats the
 * title (a page's `<h1>`) is proposed in `drop`, as the text reader does.
 */
export function blocksToRawDocument(input: BlocksInput): RawDocument {
  const title = input.meta.title ? collapse(input.meta.title) : '';
  const parts = title ? [title, ...input.blocks] : [...input.blocks];
  const raw = parts.join('\n\n');
  const doc: RawDocument = {
    format: input.format,
    raw,
    meta: title ? { ...input.meta, title } : withoutTitle(input.meta),
    location: input.location,
    signals: input.signals ?? [],
    drop: [],
  };
  if (!title) return doc;
  doc.titleSpan = { start: 0, end: title.length };
  const firstBlock = input.blocks[0];
  if (firstBlock !== undefined && input.blocks.length > 1 && sameText(firstBlock, title)) {
    const start = title.length + 2;
    const end = start + firstBlock.length + 2;
    doc.drop.push({
      span: { start, end },
      code: 'boilerplate',
      detail: 'title repeated as the first body line',
    });
  }
  return doc;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function withoutTitle(meta: DocumentMeta): DocumentMeta {
  const rest = { ...meta };
  delete rest.title;
  return rest;
}
