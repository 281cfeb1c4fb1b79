/**
 * Words that are frequent in every English text and say nothing of its topic: articles, pronouns,
 * prepositions, auxiliaries, conjunctions, and the verbs of saying news repeats in every paragraph
 * ("said", "told"). Keyword density counts the most frequent word outside this list.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its
  itself just least less like many may me might more most much must my myself neither never no nor not now
  of off on once one only or other our ours ourselves out over own per same she should since so some such
  than that the their theirs them themselves then there these they this those though through thus to too
  under until up upon us very via was we were what when where whether which while who whom whose why will
  with within without would yet you your yours yourself yourselves s t said says say saying told tell
  according added asked stated noted two three new last first year years week weeks day days month
  months time`
    .split(/\s+/u)
    .filter((word) => word.length > 0),
);

/** Particles that are lower case inside a proper name: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de del della di da du dos das la le ter ten zu bin ibn al el y e'.split(' '),
);
