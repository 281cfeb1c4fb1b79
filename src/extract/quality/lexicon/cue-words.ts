import { SEO_CUES } from './seo-markers.js';
import { SPONSORED_PHRASES } from './sponsored-phrases.js';

/** Every word some phrase search needs to be present before it runs: found once per document. */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...SPONSORED_PHRASES.flatMap((p) => p.cues),
  ...SEO_CUES,
]);
