import { formatQuarter, pad } from '../calendar.js';
import { FISCAL_PERIODS, type FiscalEntry } from '../lexicon/fiscal-periods.js';
import type { SentenceInput, TimeCandidate } from '../time-candidate.js';
import { dualPattern, patternFor } from '../dual-pattern.js';

const COMPILED = FISCAL_PERIODS.map((entry) => ({
  rule: entry.rule,
  regex: dualPattern(new RegExp(`(?<![\\w-])(?:${entry.pattern})(?![\\w-])`, 'giu')),
}));

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/** A cheap test: every entry holds one of these words. */
const FISCAL_WORD = dualPattern(/quarter|period|year/iu);

/**
 * Proposes the reporting periods of financial news (`lexicon/fiscal-periods.ts`) as quarters: "the
 * quarter" → the quarter the report covers (`2024-Q4` for a report of 2025-02-27), "the year-ago quarter"
 * and, in a report, "a year ago" → the same quarter a year before (`2023-Q4`), "the 1988 third quarter"
 * → `1988-Q3`. Relative ones are proposed only in a document that speaks of quarters.
 */
export function fiscalMatcher(input: SentenceInput): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  if (!patternFor(FISCAL_WORD, input.text).test(input.text)) return found;
  for (const { rule, regex } of COMPILED) {
    for (const match of input.text.matchAll(patternFor(regex, input.text))) {
      const value = valueOf(rule, match.groups ?? {}, input);
      if (value === undefined) continue;
      const start = input.offset + (match.index ?? 0);
      found.push({
        span: { start, end: start + match[0].length },
        type: 'DATE',
        value,
        stated: [rule.kind === 'named' ? 'quarter' : 'reported'],
        matcher: 'matcher/fiscal',
      });
    }
  }
  return found;
}

/** The value, null when it needs a reference date there is none of, undefined when no candidate. */
function valueOf(
  rule: FiscalEntry['rule'],
  groups: Readonly<Record<string, string | undefined>>,
  input: SentenceInput,
): string | null | undefined {
  const reported = input.reportedQuarter ?? null;
  const ordinal = ORDINALS[groups['ordinal']?.toLowerCase() ?? ''];
  if (rule.kind === 'named') {
    const shift = { this: 0, last: -1, next: 1 }[groups['shift']?.toLowerCase() ?? ''];
    if (shift !== undefined && input.reference === null) return null;
    const year = shift === undefined ? Number(groups['year']) : (input.reference?.year ?? 0) + shift;
    const quarter = ordinal ?? reported?.quarter;
    return quarter === undefined ? pad(year, 4) : `${pad(year, 4)}-Q${quarter}`;
  }
  if (reported === null) return input.reference === null && rule.years === 0 ? null : undefined;
  if (ordinal !== undefined) return `${pad(reported.year + rule.years, 4)}-Q${ordinal}`;
  return formatQuarter(reported, rule.years * 4);
}
