import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/ingest/build-document.js';
import { readInput } from '../../src/ingest/readers/index.js';
import type { Document, StoryPack } from '../../src/model/index.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { processDocument } from '../../src/service/process-document.js';

/**
 * Each seed article of `dir` (read in place), through the built-in pipeline with `pack` (none by default),
 * dated as ingest dates it, in file order.
 */
export async function* seedDocuments(
  dir: string,
  pack: StoryPack | null = null,
): AsyncGenerator<{ file: string; doc: Document }> {
  const pipeline = defaultPipeline();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const raw = (await readInput(join(dir, file), {})).docs[0];
    if (raw === undefined) continue;
    yield { file, doc: processDocument(pipeline, buildDocument(raw), { pack }) };
  }
}
