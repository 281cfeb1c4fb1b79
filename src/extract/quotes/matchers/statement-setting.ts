import type { QuoteInput } from '../quote-input.js';
import { tokenAtOrAfter } from '../quote-input.js';

/**
 * Skips where and how the words were said (`said in a statement that …`, `wrote in his memo that …`):
 * the content starts at "that". With no "that" soon after, such a phrase is all that follows the cue and
 * reports no statement (`said in an interview before the polls closed`): -1.
 */
export function pastSetting(input: QuoteInput, first: number, ceiling: number): number {
  if (!SETTING_LEAD.has(input.words[first] ?? '')) return first;
  for (let index = first + 1; index < Math.min(ceiling, first + SETTING); index += 1) {
    const word = input.words[index]!;
    if (word === 'that') return index;
    if (/^[,.;:!?"“”]$/u.test(word)) break;
  }
  return -1;
}

/** `Texas was called for Cruz`, `the plan is supported by …`: a participle after a form of "be" has no speaker before it. */
export function passive(input: QuoteInput, cue: number): boolean {
  let index = cue - 1;
  while (
    index > 0 &&
    /^(not|also|never|later|then|widely|already|reportedly|n't|n’t)$/u.test(input.words[index]!)
  )
    index -= 1;
  return BE_FORMS.has(input.words[index] ?? '') && /(ed|wn|ught|id|ld|ne)$/u.test(input.words[cue]!);
}

/**
 * Words that open a phrase of setting after a cue ("in a statement", "during the debate", "as she left"),
 * or the agent of a participle ("a loan backed by …").
 */
const SETTING_LEAD: ReadonlySet<string> = new Set([
  'in',
  'during',
  'at',
  'as',
  'while',
  'before',
  'after',
  'from',
  'by',
]);
/** Most tokens in such a phrase before its "that". */
const SETTING = 10;

const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  '’s',
]);

const TIME_LEAD: ReadonlySet<string> = new Set([
  'on',
  'late',
  'early',
  'earlier',
  'last',
  'this',
  'in',
  'at',
]);

/**
 * Skips a time right after the cue ("said on Monday that …"): it dates the statement, it is not what was
 * said. Not a vague one ("agreed on the future of …", `FUTURE_REF`): that is the content.
 */
export function afterStatementTime(input: QuoteInput, first: number): number {
  let index = first;
  while (index < first + 2 && TIME_LEAD.has(input.words[index] ?? '')) index += 1;
  const start = input.tokens[index]?.span.start;
  const time = input.times.find((t) => t.span.start === start);
  if (!time || time.value?.endsWith('_REF')) return first;
  const next = tokenAtOrAfter(input.tokens, time.span.end);
  return input.words[next] === ',' ? next + 1 : next;
}
