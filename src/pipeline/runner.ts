import type { Document, Layers, LayerName } from '../model/index.js';
import type { ExtractContext } from './extractor.js';
import { producerTag } from './extractor.js';
import type { Pipeline } from './pipeline.js';

/**
 * Runs a checked pipeline over one document and returns a new document with the layers added. The runner
 * is the only writer of layers: each extractor computes first, the runner then checks it returned exactly
 * what it declared and records `name@version` as the producer of each layer.
 */
export function runPipeline(pipeline: Pipeline, doc: Document, ctx: ExtractContext): Document {
  const layers: Layers = { ...doc.layers };
  const producers = { ...doc.producers };
  for (const extractor of pipeline.extractors) {
    const view = { ...doc, layers, producers };
    const result = extractor.extract(view, ctx);
    const tag = producerTag(extractor);
    for (const layer of extractor.provides) {
      if (result[layer] === undefined) throw new Error(`${tag} did not return its layer "${layer}"`);
    }
    for (const key of Object.keys(result) as LayerName[]) {
      if (!extractor.provides.includes(key)) throw new Error(`${tag} returned undeclared layer "${key}"`);
      (layers as Record<string, unknown>)[key] = result[key];
      producers[key] = tag;
    }
  }
  return { ...doc, layers, producers };
}

/**
 * Runs again, against a new reference date, only what depends on it: the extractors that read the
 * reference date and those that read their layers. The other layers (paragraphs, sentences, tokens) are
 * kept as they are, so dating an article costs less than a second full run.
 */
export function rerunForDate(pipeline: Pipeline, doc: Document, ctx: ExtractContext): Document {
  const stale = new Set<LayerName>();
  const selected = pipeline.extractors.filter((extractor) => {
    const affected =
      extractor.readsReferenceDate === true || extractor.requires.some((layer) => stale.has(layer));
    if (affected) for (const layer of extractor.provides) stale.add(layer);
    return affected;
  });
  return runPipeline({ extractors: selected }, doc, ctx);
}
