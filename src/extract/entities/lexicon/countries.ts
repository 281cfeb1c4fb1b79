import { createRequire } from 'node:module';

/** Preferred short names over the ISO official names: the names news and roles use. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  CZ: 'Czech Republic',
  KR: 'South Korea',
  KP: 'North Korea',
  IR: 'Iran',
  SY: 'Syria',
  VE: 'Venezuela',
  BO: 'Bolivia',
  TZ: 'Tanzania',
  MD: 'Moldova',
  VN: 'Vietnam',
  LA: 'Laos',
  TW: 'Taiwan',
  PS: 'Palestine',
  VA: 'Vatican',
  MK: 'North Macedonia',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  FM: 'Micronesia',
  CI: 'Ivory Coast',
};

/** Extra demonyms news uses that the nationality list lacks or spells otherwise. */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  Briton: 'GB',
  Britons: 'GB',
  English: 'GB',
  Scottish: 'GB',
  Welsh: 'GB',
  Soviet: 'RU',
  Argentine: 'AR',
  Emirati: 'AE',
  Filipino: 'PH',
};

/**
 * Short names news uses that the ISO list lacks: "Turkey" beside "Türkiye", "Britain", "America" (the
 * noun: "Latin America" is a region and wins as the longer match), "Syria", "Laos", "Moldova", "Holland".
 */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain', 'Great Britain'],
  US: ['America'],
  NL: ['Holland'],
  CZ: ['Czechia', 'Czech Republic'],
  SY: ['Syria'],
  LA: ['Laos'],
  MD: ['Moldova'],
  CI: ['Ivory Coast'],
};

/** Country aliases too ambiguous to match as places ("Chad" is a first name, "Georgia" a US state too). */
const AMBIGUOUS_ALIASES = new Set(['Chad', 'Jersey', 'Guernsey', 'Man', 'Niger', 'Georgia']);

/** One country: ISO alpha-2 code, preferred short name, every name it is called by, and its demonym. */
export interface Country {
  code: string;
  name: string;
  aliases: string[];
  demonym: string | null;
}

/**
 * Countries from i18n-iso-countries and demonyms from i18n-nationality, read once. A name with a comma
 * ("Korea, Republic of") is a catalogue form, never written in running text, so it is left out.
 */
export function loadCountries(): Country[] {
  const require = createRequire(import.meta.url);
  const iso = require('i18n-iso-countries') as {
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  const nationality = require('i18n-nationality') as { getNames(lang: string): Record<string, string> };
  const demonyms = nationality.getNames('en');
  const countries: Country[] = [];
  for (const [code, names] of Object.entries(iso.getNames('en', { select: 'all' }))) {
    const aliases = names.filter((name) => !name.includes(',') && !name.includes('('));
    for (const alias of EXTRA_ALIASES[code] ?? []) if (!aliases.includes(alias)) aliases.push(alias);
    const name = SHORT_NAMES[code] ?? aliases[0] ?? names[0] ?? code;
    if (!aliases.includes(name)) aliases.push(name);
    const usable = aliases.filter((alias) => alias === name || !AMBIGUOUS_ALIASES.has(alias));
    countries.push({ code, name, aliases: usable, demonym: demonyms[code] ?? null });
  }
  return countries;
}

/** Demonyms beyond the nationality list, by country code. */
export function extraDemonyms(): Readonly<Record<string, string>> {
  return EXTRA_DEMONYMS;
}

/**
 * The plural noun of a demonym, when English forms it with "-s": "Ukrainians", "Americans", "Israelis".
 * Demonyms in "-ese", "-ish", "-ch" ("Chinese", "British", "French") have no such plural and give null.
 */
export function pluralDemonym(demonym: string): string | null {
  return /(?:an|i)$/u.test(demonym) ? `${demonym}s` : null;
}

/** Adjectives of continents, read as nationality mentions of the continent: "European leaders". */
export const CONTINENT_DEMONYMS: Readonly<Record<string, string>> = {
  European: 'Europe',
  Europeans: 'Europe',
  African: 'Africa',
  Africans: 'Africa',
  Asian: 'Asia',
  Asians: 'Asia',
};
