import type { Extractor } from './extractor.js';
import type { LayerName, Layers } from '../model/index.js';

/** A small extractor for pipeline tests: returns an empty array for each layer it provides. */
export function fakeExtractor(
  name: string,
  requires: LayerName[],
  provides: LayerName[],
  version = 1,
  extra: Partial<Layers> = {},
): Extractor {
  return {
    name,
    version,
    requires,
    provides,
    extract: () => ({ ...Object.fromEntries(provides.map((layer) => [layer, []])), ...extra }),
  };
}
