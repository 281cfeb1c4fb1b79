/**
 * What one signal of a code costs at severity `warning`, and the most all signals of that code may cost
 * together. Sponsorship and spin cost most: they say the text is not independent reporting. Slips that do
 * not change what the article says (spacing, a lower-case name) cost little each. See README.md, "Score".
 */
export const SIGNAL_COSTS: Readonly<Record<string, { each: number; cap: number }>> = {
  'sponsored-content': { each: 0.25, cap: 0.4 },
  'seo-spin': { each: 0.1, cap: 0.35 },
  'fact-inconsistency': { each: 0.1, cap: 0.3 },
  'role-inconsistency': { each: 0.1, cap: 0.2 },
  typos: { each: 0.1, cap: 0.15 },
  'markup-residue': { each: 0.05, cap: 0.1 },
  'near-duplicate': { each: 0.05, cap: 0.05 },
  syndicated: { each: 0, cap: 0 },
  'case-errors': { each: 0.03, cap: 0.09 },
  'spacing-errors': { each: 0.02, cap: 0.08 },
  boilerplate: { each: 0.02, cap: 0.04 },
  'invalid-encoding': { each: 0.03, cap: 0.06 },
  'truncated-html': { each: 0.05, cap: 0.05 },
  undated: { each: 0.1, cap: 0.05 },
  unattributed: { each: 0.1, cap: 0.05 },
};

/** A code not in the table: counted, cheaply, so a new signal is never silently free. */
export const DEFAULT_COST = { each: 0.02, cap: 0.06 };

/** Severity scales the cost: an info signal costs half, an error one and a half times. */
export const SEVERITY_FACTOR: Readonly<Record<'info' | 'warning' | 'error', number>> = {
  info: 0.5,
  warning: 1,
  error: 1.5,
};
