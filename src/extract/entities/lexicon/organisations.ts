/**
 * Organisations known by name in world news: alliances, international bodies, seats of government used
 * for the government ("the Kremlin"), legislatures, agencies and news outlets. General knowledge only.
 */
export const ORGANISATIONS: readonly string[] = [
  ...'NATO EU UN U.N. OSCE IMF WHO OPEC ASEAN G7 G20 BRICS IAEA ICC FBI CIA NSA KGB FSB SBU GRU'.split(' '),
  ...'Kremlin Pentagon Congress Senate Duma Bundestag Knesset Rada Élysée Elysee Reuters AFP BBC CNN'.split(
    ' ',
  ),
  'North Atlantic Treaty Organization',
  'European Union',
  'European Commission',
  'European Council',
  'European Parliament',
  'European Central Bank',
  'Council of Europe',
  'United Nations',
  'UN Security Council',
  'U.N. Security Council',
  'Security Council',
  'General Assembly',
  'International Monetary Fund',
  'World Bank',
  'World Health Organization',
  'World Trade Organization',
  'International Criminal Court',
  'International Court of Justice',
  'International Atomic Energy Agency',
  'Red Cross',
  'African Union',
  'Arab League',
  'Coalition of the Willing',
  'White House',
  'State Department',
  'Defense Department',
  'Department of Defense',
  'Treasury Department',
  'Downing Street',
  'Foreign Office',
  'Home Office',
  'House of Representatives',
  'House of Commons',
  'House of Lords',
  'State Duma',
  'Verkhovna Rada',
  'Federal Reserve',
  'Bank of England',
  'Associated Press',
  'New York Times',
  'Washington Post',
  'Wall Street Journal',
  'Financial Times',
  'Kyiv Independent',
  'Al Jazeera',
];

/** Lower-case nouns that, after a name, make an organisation of it: "the Trump administration". */
export const ORGANISATION_SUFFIXES = new Set([
  'administration',
  'government',
  'cabinet',
  'campaign',
  'regime',
]);

/** Capitalised words that mark a name as an organisation's: "Foreign Ministry", "Ford Motor Company". */
export const ORGANISATION_HEADS = new Set(
  (
    'ministry department council commission agency party union organization organisation bank company ' +
    'corporation corp corp. inc inc. ltd ltd. llc plc group airlines airways airline motors association ' +
    'institute university court committee office army forces navy fund foundation times post news ' +
    'service parliament assembly authority board bureau guard alliance coalition federation league ' +
    'network media press agency police club team industries holdings systems technologies motor services'
  ).split(' '),
);
