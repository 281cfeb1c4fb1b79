/**
 * Capitalised words that are never a name alone: months and weekdays, pronoun-like words, adverbs and
 * prepositions that open sentences, and generic nouns of headlines. "May" is a month unless a full name
 * ("Theresa May") is in the text.
 */
export const NEVER_NAMES = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday ' +
    'i we you he she it they this that these those there here his her their our my your ' +
    'meanwhile despite however although though while when where what who why how after before ' +
    'during since until as at in on of for with by from to into about also but and or so yet ' +
    'if then once still even just only more most some many several both all each every no not ' +
    'a an the mr mrs ms sir dame lord lady dr speaking asked according related read watch ' +
    'share update updated live breaking exclusive analysis opinion editorial photo video ' +
    'sponsored advertisement subscribe sign log click follow comments copyright image ' +
    'ceasefire peace war talks deal summit truce agreement plan ' +
    'previous prior earlier recent latest upcoming planned proposed'
  ).split(' '),
);

/**
 * Capitalised words that may open a longer name but are never a name alone: "Foreign" (of "Foreign
 * Ministry"), "Nordic" (an adjective of no one country), holidays ("Christmas" is no organisation).
 */
export const NEVER_ALONE = new Set([
  'foreign',
  'nordic',
  'baltic',
  'western',
  'christmas',
  'easter',
  'new year',
  "new year's",
  'ramadan',
]);
