/**
 * Verbs of saying and attitude ("reiterated", "expressing"): before a possessive stance phrase they make
 * their subject the holder ("he reiterated the country's refusal" → he holds it, for the country).
 */
export const ATTITUDE_VERB_STEMS: readonly string[] = [
  'said',
  'say',
  'stat',
  'reiterat',
  'express',
  'voic',
  'emphasi',
  'stress',
  'underscor',
  'underlin',
  'highlight',
  'insist',
  'suggest',
  'warn',
  'signal',
  'indicat',
  'echo',
  'declar',
  'argu',
  'confirm',
  'repeat',
  'restat',
  'announc',
  'outlin',
];

/** Whether a lower-case word is a verb of saying or attitude. */
export function isAttitudeVerb(word: string): boolean {
  return ATTITUDE_VERB_STEMS.some((stem) => word.startsWith(stem));
}
