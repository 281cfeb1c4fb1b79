import { loadCities } from './cities.js';
import { CONTINENT_DEMONYMS, extraDemonyms, loadCountries, pluralDemonym } from './countries.js';
import { loadFirstNames } from './first-names.js';
import { ORGANISATIONS } from './organisations.js';
import { REGIONS } from './regions.js';
import { RELATIONS, TITLES } from './titles.js';
import { WordTrie } from './word-trie.js';

/** What a gazetteer phrase names: its kind and the canonical name its entity takes. */
export interface GazetteerEntry {
  kind: 'person' | 'organisation' | 'place' | 'nationality';
  name: string;
  /** Story-pack actor id, for phrases that come from a pack. */
  packActor?: string;
}

/** Every lexicon the matchers read, built once per process. */
export interface Lexicons {
  names: WordTrie<GazetteerEntry>;
  titles: WordTrie<string>;
  relations: WordTrie<string>;
  firstNames: Set<string>;
  /** Lower-case country aliases and demonyms → canonical country name, for `Role.of`. */
  countryOf: Map<string, string>;
}

let built: Lexicons | undefined;

/**
 * Builds the lexicons on first use: countries, demonyms, large cities, regions, organisations, titles,
 * relations and first names. Reading the city list costs about half a second, so it happens once, when
 * the first document is processed, and importing the extractor stays free.
 */
export function lexicons(): Lexicons {
  built ??= buildLexicons();
  return built;
}

function buildLexicons(): Lexicons {
  const names = new WordTrie<GazetteerEntry>();
  const countryOf = new Map<string, string>();
  for (const name of ORGANISATIONS) names.add(name, { kind: 'organisation', name });
  for (const city of loadCities()) names.add(city, { kind: 'place', name: city });
  for (const region of REGIONS) names.add(region, { kind: 'place', name: region });
  const countries = loadCountries();
  const byCode = new Map(countries.map((country) => [country.code, country.name]));
  for (const country of countries) {
    for (const alias of country.aliases) {
      names.add(alias, { kind: 'place', name: country.name });
      countryOf.set(alias.toLowerCase(), country.name);
    }
    if (country.demonym !== null) {
      names.add(country.demonym, { kind: 'nationality', name: country.name });
      countryOf.set(country.demonym.toLowerCase(), country.name);
      const plural = pluralDemonym(country.demonym);
      if (plural !== null) names.add(plural, { kind: 'nationality', name: country.name });
    }
  }
  for (const [demonym, continent] of Object.entries(CONTINENT_DEMONYMS)) {
    names.add(demonym, { kind: 'nationality', name: continent });
    countryOf.set(demonym.toLowerCase(), continent);
  }
  for (const [demonym, code] of Object.entries(extraDemonyms())) {
    const name = byCode.get(code) ?? code;
    names.add(demonym, { kind: 'nationality', name });
    countryOf.set(demonym.toLowerCase(), name);
  }
  const titles = new WordTrie<string>();
  for (const title of TITLES) titles.add(title, title);
  const relations = new WordTrie<string>();
  for (const relation of RELATIONS) relations.add(relation, relation);
  return { names, titles, relations, firstNames: loadFirstNames(), countryOf };
}
