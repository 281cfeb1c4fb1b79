/**
 * Wording that only sponsorship notices, disclaimers and affiliate notices use, left in the body after
 * cleaning (which removes whole notices: a heading with notice wording, or two phrases in a paragraph).
 * Narrow on purpose: "a resolution sponsored by France", "Reuters could not verify the claims" and
 * "an affiliate of Gazprom" are news, so "sponsored by" counts only opening a line or after "this article
 * is", and "does not verify" only in the present tense a standing notice uses. `cues` are words
 * (lower case) every match contains one of: a text holding none of them is not searched with that pattern.
 */
export const SPONSORED_PHRASES: ReadonlyArray<{
  id: string;
  pattern: RegExp;
  label: string;
  cues: readonly string[];
}> = [
  {
    id: 'sponsored-by',
    pattern:
      /(?:^|\n)\s*(?:sponsored|presented|brought to you) by\b|\b(?:article|post|content|page|story) (?:is|was) (?:sponsored|paid for|brought to you) by\b/gi,
    label: 'sponsorship line',
    cues: ['sponsored', 'presented', 'brought', 'paid'],
  },
  {
    id: 'advertorial-label',
    pattern:
      /(?:^|\n)\s*(?:advertorial|sponsored(?: content| post| article)?|paid (?:content|post|promotion)|partner content|promoted content|advertiser content)\s*(?:[:|\-–—]|$|\n)/gi,
    label: 'advertorial label',
    cues: ['advertorial', 'sponsored', 'paid', 'partner', 'promoted', 'advertiser'],
  },
  {
    id: 'sponsored-content',
    pattern: /\b(?:is|this) sponsored (?:content|post|article|story)\b/gi,
    label: 'sponsored-content notice',
    cues: ['sponsored'],
  },
  {
    id: 'paid-partnership',
    pattern: /\bpaid (?:partnership|placement|promotion)\b/gi,
    label: 'paid-partnership notice',
    cues: ['paid'],
  },
  {
    id: 'not-verified',
    pattern:
      /\bdo(?:es)? not (?:independently )?(?:verify|endorse)\b|\bha(?:s|ve) not (?:checked|verified) the accuracy\b/gi,
    label: 'disclaimer that the claims are not verified',
    cues: ['verify', 'endorse', 'accuracy'],
  },
  {
    id: 'not-advice',
    pattern: /\b(?:not|does not constitute|nor) (?:investment|financial|trading) advice\b/gi,
    label: 'not-financial-advice disclaimer',
    cues: ['advice'],
  },
  {
    id: 'own-research',
    pattern: /\b(?:do|conduct|carry out) (?:your|their) own (?:independent )?research\b|\bDYOR\b/gi,
    label: 'do-your-own-research disclaimer',
    cues: ['research', 'dyor'],
  },
  {
    id: 'affiliate',
    pattern:
      /\baffiliate (?:links?|commissions?|programmes?|programs?)\b|\b(?:we|I) (?:may )?(?:earn|receive) (?:a )?(?:small )?commission\b/gi,
    label: 'affiliate notice',
    cues: ['affiliate', 'commission'],
  },
];
