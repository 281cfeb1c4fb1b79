/**
 * A kind of page furniture that fills a whole line. `pattern` is tested against the trimmed line; a line
 * longer than `maxLength` is taken for article text even when it matches, because link teasers and share
 * prompts are short and a paragraph that happens to open with "Related:" is not.
 */
export interface BoilerplatePattern {
  id: string;
  pattern: RegExp;
  maxLength: number;
}

/**
 * Lines that are not article text: link teasers, share and newsletter prompts, cookie notices, ad labels,
 * copyright lines and SEO notes. Order does not matter; the first match names the signal.
 */
export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  {
    id: 'read-more',
    pattern: /^(?:read more|read also|also read|see also)(?:\s*[:|]|\s+[-–—]\s)/i,
    maxLength: 240,
  },
  { id: 'read-more', pattern: /^(?:read more|continue reading)\s*[.…»›>]*$/i, maxLength: 40 },
  { id: 'read-more', pattern: /^(?:continue|keep) reading (?:on|at)\s+\S.*$/i, maxLength: 120 },
  {
    id: 'feed-footer',
    pattern: /^the post\s.+\sappeared first on\s.+$/i,
    maxLength: 300,
  },
  {
    id: 'related',
    pattern: /^(?:related|related stories|related articles|more on this)(?:\s*[:|]|\s+[-–—]\s)/i,
    maxLength: 240,
  },
  { id: 'share', pattern: /^share (?:this|the) (?:article|story|post|page)\b/i, maxLength: 80 },
  {
    id: 'share',
    pattern:
      /^(?:share|post|tweet) (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email)\b/i,
    maxLength: 120,
  },
  { id: 'newsletter', pattern: /^(?:sign up|subscribe)\b.*\bnewsletters?\b/i, maxLength: 240 },
  {
    id: 'newsletter',
    pattern:
      /^(?:[Ss]ign up|[Ss]ubscribe)\s+(?:for|to)\s+(?:our\b|[Tt]he\s+[A-Z])[^.]*\b(?:e-?mail|[Bb]riefing|alerts|digest)\b/,
    maxLength: 200,
  },
  {
    id: 'byline',
    pattern:
      /^[Bb]y\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:(?:and|&)\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4})?(?:[·|•–—]\s*.*)?$/u,
    maxLength: 120,
  },
  { id: 'newsletter', pattern: /^get (?:our|the) .*\bnewsletter\b.*\binbox\b/i, maxLength: 240 },
  {
    id: 'cookies',
    pattern: /^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b/i,
    maxLength: 400,
  },
  {
    id: 'seo-note',
    pattern: /^\(?\s*seo keywords? (?:preserved|included|optimi[sz]ed)\b[^)]*\)?$/i,
    maxLength: 80,
  },
  {
    id: 'advertisement',
    pattern:
      /^(?:advertisement|advert|sponsored ad)(?:\s*[-–—:|]\s*(?:scroll|continue|story continues)\b.*)?$/i,
    maxLength: 80,
  },
  { id: 'click-here', pattern: /^click here (?:to|for)\b/i, maxLength: 160 },
  {
    id: 'copyright',
    pattern: /^(?:©|[Cc]opyright\s*©|[Cc]opyright\s+\d{4}\b|\([cC]\)\s*\d{4}\b)/,
    maxLength: 200,
  },
  { id: 'copyright', pattern: /\ball rights reserved\.?$/i, maxLength: 200 },
];
