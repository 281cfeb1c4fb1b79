import { LAYER_NAMES, ParleyError } from '../model/index.js';
import type { LayerName } from '../model/index.js';
import type { Extractor } from './extractor.js';
import { producerTag } from './extractor.js';

/** An ordered, checked list of extractors. Build one with `buildPipeline`; run it with `runPipeline`. */
export interface Pipeline {
  readonly extractors: readonly Extractor[];
}

const KNOWN = new Set<string>(LAYER_NAMES);

/**
 * Checks the order before anything runs: every layer named is known, no layer has two providers, and each
 * extractor's requirements are provided by one earlier in the list. A failure names the extractor and the
 * fix, the way spaCy checks a pipeline when it is assembled.
 */
export function buildPipeline(extractors: readonly Extractor[]): Pipeline {
  const provided = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const extractor of extractors) {
    const tag = producerTag(extractor);
    if (names.has(extractor.name)) {
      throw new ParleyError('E_PIPELINE_DUPLICATE', `extractor "${extractor.name}" is listed twice`, {
        hint: 'keep one entry per extractor in the registry',
      });
    }
    names.add(extractor.name);
    for (const layer of [...extractor.requires, ...extractor.provides]) checkKnown(tag, layer);
    for (const layer of extractor.requires) {
      if (!provided.has(layer)) {
        const later = extractors.find((e) => e.provides.includes(layer));
        throw new ParleyError(
          'E_PIPELINE_ORDER',
          `${tag} requires layer "${layer}" before anything provides it`,
          {
            hint: later
              ? `move ${producerTag(later)} (which provides "${layer}") before ${tag}`
              : `add an extractor that provides "${layer}" before ${tag}`,
          },
        );
      }
    }
    for (const layer of extractor.provides) {
      const other = provided.get(layer);
      if (other) {
        throw new ParleyError('E_PIPELINE_DUPLICATE', `${tag} and ${other} both provide layer "${layer}"`, {
          hint: 'each layer has one writer: merge the two or rename one layer',
        });
      }
      provided.set(layer, tag);
    }
  }
  return { extractors: [...extractors] };
}

function checkKnown(tag: string, layer: string): void {
  if (!KNOWN.has(layer)) {
    throw new ParleyError('E_PIPELINE_UNKNOWN_LAYER', `${tag} names unknown layer "${layer}"`, {
      hint: `use one of: ${LAYER_NAMES.join(', ')}, or add the layer to src/model/layers.ts`,
    });
  }
}
