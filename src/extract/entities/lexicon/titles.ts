/**
 * Titles of office that may stand before a name or in an apposition. Matched case-insensitively, longest
 * first ("deputy prime minister" before "prime minister" before "minister"). General English.
 */
export const TITLES: readonly string[] = [
  ...'president vice-president president-elect chancellor premier king queen prince princess pope'.split(' '),
  ...'senator sen. rep. congressman congresswoman governor mayor ambassador envoy minister secretary'.split(
    ' ',
  ),
  ...'spokesperson spokesman spokeswoman chairman chairwoman chair ceo cfo commissioner general gen.'.split(
    ' ',
  ),
  ...'admiral colonel commander lieutenant captain leader adviser advisor aide negotiator diplomat'.split(
    ' ',
  ),
  ...'director head chief mp lawmaker judge sheikh emir crown-prince'.split(' '),
  'prime minister',
  'deputy prime minister',
  'first deputy prime minister',
  'vice president',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'interior minister',
  'economy minister',
  'energy minister',
  'justice minister',
  'foreign secretary',
  'defence secretary',
  'defense secretary',
  'home secretary',
  'treasury secretary',
  'war secretary',
  'secretary of state',
  'secretary of defense',
  'secretary of war',
  'secretary of the treasury',
  'secretary-general',
  'secretary general',
  'special envoy',
  'peace envoy',
  'chief negotiator',
  'national security adviser',
  'national security advisor',
  'deputy national security adviser',
  'chief of staff',
  'foreign policy chief',
  'high representative',
  'commission president',
  'council president',
  'attorney general',
  'opposition leader',
  'supreme leader',
  'chief executive',
  'chief executive officer',
  'press secretary',
  'deputy foreign minister',
  'deputy defence minister',
  'deputy defense minister',
  'army chief',
  'commander-in-chief',
];

/** Words before a title that change its meaning; they go to `Role.qualifier`. */
export const QUALIFIERS: Readonly<Record<string, 'former' | 'then' | 'acting'>> = {
  former: 'former',
  ex: 'former',
  then: 'then',
  acting: 'acting',
  interim: 'acting',
};

/** Relations to a person: "Trump's son-in-law Jared Kushner". */
export const RELATIONS: readonly string[] = [
  ...'wife husband son daughter brother sister father mother nephew niece cousin uncle aunt'.split(' '),
  ...'son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law'.split(' '),
  'widow',
  'grandson',
  'granddaughter',
  'stepson',
  'stepdaughter',
];

/** Honorifics that open a person's name and are not part of it: "Sir Keir Starmer". */
export const HONORIFICS = new Set([
  'sir',
  'dame',
  'lord',
  'lady',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
]);
