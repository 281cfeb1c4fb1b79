import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '../model/errors.js';
import type { StoryPack } from '../model/pack.js';
import { loadPackFile } from './load-pack-file.js';

/**
 * The folder of the built-in packs: `packs/` at the package root. This module sits at src/packs/ under
 * tsx and vitest and at dist/packs/ when compiled; both are two levels below the root.
 */
export const BUILT_IN_PACKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packs');

/** The names of the built-in packs (their file names without `.yaml`), sorted. */
export function listBuiltInPacks(): string[] {
  if (!existsSync(BUILT_IN_PACKS_DIR)) return [];
  return readdirSync(BUILT_IN_PACKS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * A pack by built-in name (`ukraine-peace-talks`) or by file path. Anything with a slash or a pack file
 * extension is a path; a bare word is a built-in name, and an unknown one is `E_INPUT_NOT_FOUND` whose
 * message lists the built-in packs.
 */
export function resolvePack(nameOrPath: string): StoryPack {
  if (/[\\/]/.test(nameOrPath) || /\.(json|ya?ml)$/i.test(nameOrPath)) return loadPackFile(nameOrPath);
  const available = listBuiltInPacks();
  if (available.includes(nameOrPath)) return loadPackFile(join(BUILT_IN_PACKS_DIR, `${nameOrPath}.yaml`));
  const list = available.length > 0 ? available.join(', ') : '(none)';
  throw new ParleyError('E_INPUT_NOT_FOUND', `no built-in story pack "${nameOrPath}" (built-in: ${list})`, {
    hint: 'give a built-in name, or the path of a .yaml or .json pack file',
  });
}
