export { findCueMatches, matchCue, MAX_CUE_GAP } from './cue-matcher.js';
export type { CueMatch } from './cue-matcher.js';
export { loadPackFile, parsePackText } from './load-pack-file.js';
export { isPackDate } from './pack-dates.js';
export { packJsonSchema, PACK_JSON_SCHEMA_PATH } from './pack-json-schema.js';
export { storyPackSchema } from './pack-schema.js';
export { BUILT_IN_PACKS_DIR, listBuiltInPacks, resolvePack } from './resolve-pack.js';
