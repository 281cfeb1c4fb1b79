import { createRequire } from 'node:module';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'tr'];

/**
 * Words the first-name lists hold that are far more often something else in news: function words,
 * verbs, titles, months, places, nationalities. A capitalised one of these never starts a name alone.
 */
const NOT_FIRST_NAMES = new Set(
  (
    'the said general russia china america india georgia france israel jordan kenya ' +
    'will may june april august march january july president king queen prince princess ' +
    'sir lord lady dame major colonel captain judge bishop saint st mr mrs ms dr prime minister ' +
    'justice royal young grand new old north south east west union party house state court ' +
    'summer winter autumn spring sunday monday friday christmas easter paris london berlin ' +
    'washington houston dallas sydney victoria florence adelaide brooklyn chelsea camden ' +
    'european american british russian french german ukrainian english irish chinese ' +
    'china asia africa europe joy hope faith grace honor liberty unity peace love rich ' +
    'deal talks war news post times press world global national federal senior chief ' +
    'white black green brown gray grey red golden silver star sun sky river lake ocean ' +
    'apple ford chase cash bill bank mark will art page rock stone wood lane bay'
  ).split(' '),
);

/** Words the lists lack but that stand as first names when a surname follows. */
const NOT_IN_LISTS = ['Jd', 'Keir', 'Volodymyr', 'Sergei', 'Sergey', 'Dmitry', 'Yulia', 'Kaja', 'Olaf'];

/** Lower-case first names from gender-detection-from-name (six languages), minus the noise above. */
export function loadFirstNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    const map = require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>;
    for (const name of map.keys()) if (name.length > 1) names.add(name);
  }
  for (const name of NOT_IN_LISTS) names.add(name.toLowerCase());
  for (const word of NOT_FIRST_NAMES) names.delete(word);
  return names;
}

/** True for a word that must not count as a first name, even if a list holds it. */
export function isNotFirstName(lower: string): boolean {
  return NOT_FIRST_NAMES.has(lower);
}
