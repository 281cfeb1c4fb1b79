import { createRequire } from 'node:module';
import type { DocEntity } from '../../model/index.js';

type Gender = 'male' | 'female';
type GetGender = (name: string, lang?: string) => 'male' | 'female' | 'unknown';

const require = createRequire(import.meta.url);
const { getGender } = require('gender-detection-from-name') as { getGender: GetGender };

const HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['lady', 'female'],
  ['dame', 'female'],
]);

/**
 * A person's gender as far as the article shows it, for pronoun resolution: an honorific in any alias
 * ("Mr. Obama", "Ms. Wahl"), else the given name read with gender-detection-from-name (English list).
 * Null when neither tells, or for a name the list gives as unisex.
 */
export function genderOf(entity: DocEntity): Gender | null {
  const known = cache.get(entity);
  if (known !== undefined) return known;
  const found = readGender(entity);
  cache.set(entity, found);
  return found;
}

/** Genders already read, by entity object: an entity is read once however many pronouns look at it. */
const cache = new WeakMap<DocEntity, Gender | null>();

function readGender(entity: DocEntity): Gender | null {
  const forms = [entity.name, ...entity.aliases.map((a) => a.text)];
  for (const form of forms) {
    const honorific = HONORIFICS.get((/^(\p{L}+)\.?\s/u.exec(form)?.[1] ?? '').toLowerCase());
    if (honorific) return honorific;
  }
  const given = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(entity.name)?.[1];
  if (!given) return null;
  const gender = getGender(given, 'en');
  return gender === 'unknown' ? null : gender;
}
