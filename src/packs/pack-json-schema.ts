import { z } from 'zod';
import { storyPackSchema } from './pack-schema.js';

/** Where the committed JSON Schema lives, relative to the repository root. */
export const PACK_JSON_SCHEMA_PATH = 'docs/story-pack.schema.json';

/**
 * The JSON Schema (draft 2020-12) of `parley.pack/1`, generated from the zod schema so the two cannot
 * disagree. Editors use it to check and complete pack files. Rules across fields (unique ids, shared
 * aliases, `from` before `to`) and calendar checks on dates are zod-only; `loadPackFile` applies them.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(storyPackSchema, { target: 'draft-2020-12', io: 'input' });
}
