/**
 * A heading line that introduces a sponsorship or disclaimer notice. Tested against the trimmed line; it
 * must be the whole line, so prose that mentions a disclaimer is never a heading.
 */
export const SPONSORED_HEADING =
  /^(?:important notice|important disclaimer|disclaimer|disclosure|sponsored(?: content| post| article)?|advertorial|paid (?:content|post|partnership|promotion)|partner content|advertiser content)\s*[:.!]?$/i;

/** The same words opening a paragraph ("Disclaimer: …"), which then needs only one phrase to be a notice. */
export const SPONSORED_INLINE_HEADING =
  /^(?:important notice|disclaimer|disclosure|sponsored(?: content)?|advertorial|paid content)\s*[:\-–—]/i;

/**
 * Phrases that only sponsorship and disclaimer notices use. Each counts once per paragraph. They are
 * deliberately narrow: "officials did not endorse the plan", "investment" or "an affiliate of Gazprom"
 * are news, so only the notice wording counts ("does not verify or endorse", "affiliate links").
 */
export const SPONSORED_PHRASES: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: 'sponsored-content', pattern: /\bsponsored (?:content|post|article|story)\b/i },
  { id: 'sponsored-content', pattern: /\bthis (?:article|post|content|story) is sponsored\b/i },
  { id: 'not-endorsed', pattern: /\bdo(?:es)? not (?:verify or endorse|endorse or verify|endorse any)\b/i },
  { id: 'not-endorsed', pattern: /\bdo(?:es)? not necessarily reflect the (?:views|opinions)\b/i },
  { id: 'paid', pattern: /\bpaid (?:partnership|promotion|placement|post)\b/i },
  { id: 'affiliate', pattern: /\baffiliate (?:links?|commissions?|partners?|programmes?|programs?)\b/i },
  { id: 'advice', pattern: /\bnot (?:investment|financial|legal|trading) advice\b/i },
  { id: 'advice', pattern: /\bdo(?:es)? not constitute (?:investment|financial|legal) advice\b/i },
  { id: 'own-research', pattern: /\bdo your own research\b/i },
  {
    id: 'own-research',
    pattern: /\b(?:conduct|do|carry out) (?:their|your) own (?:independent )?research\b/i,
  },
  { id: 'liability', pattern: /\bdisclaims? (?:all|any) liability\b/i },
  { id: 'liability', pattern: /\b(?:is|are|shall) not (?:be )?(?:held )?(?:responsible|liable) for any\b/i },
  {
    id: 'partner-material',
    pattern: /\b(?:material|content) (?:supplied|provided|paid for) by (?:a|our) (?:commercial )?partner\b/i,
  },
  { id: 'not-checked', pattern: /\bha(?:s|ve) not (?:checked|verified) the accuracy\b/i },
  { id: 'liability', pattern: /\baccepts? no (?:responsibility|liability)\b/i },
  {
    id: 'advice',
    pattern:
      /\bnothing (?:in|on) this (?:article|post|page|site) (?:is|constitutes) (?:financial|investment) advice\b/i,
  },
  { id: 'risk', pattern: /\bhigh risk of (?:loss|losing)\b/i },
  { id: 'due-diligence', pattern: /\bdoes not perform due diligence\b/i },
  { id: 'risk', pattern: /\bprepared to lose all\b/i },
];
