import { describe, expect, it } from 'vitest';
import { headingMatcher } from './heading-matcher.js';

const HEADINGS = [
  'Difficulties of Balancing Baltic Concerns',
  'Frequently Asked Questions',
  'Open Questions: The Newest Grain Corridor Proposals',
  'OSCE Summit in Vienna',
  'IMPORTANT NOTICE',
  '2025 Talks Timeline',
  '“Peace Is Possible”: Envoys Meet Again',
  'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
];

const NOT_HEADINGS = [
  'The talks ended.',
  'Will the talks resume?',
  'He said: “We are ready.”',
  'We will see…',
  '(The talks ended.)',
  '- The UK announced new funds;',
  '• Ceasefire monitoring',
  '1. Ceasefire monitoring',
  '| Key Point | Details |',
  'Three issues dominate the agenda:',
  'According to officials,',
  'Delegates arrived on Monday and',
  'p>',
  'ends in lower case without a capital',
  '😀 👍',
  '',
  'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone',
];

describe('headingMatcher', () => {
  it.each(HEADINGS)('reads "%s" as a heading', (line) => {
    expect(headingMatcher(line)).toBe(true);
  });

  it.each(NOT_HEADINGS)('does not read "%s" as a heading', (line) => {
    expect(headingMatcher(line)).toBe(false);
  });

  it('decides a 200,000-letter line quickly', () => {
    expect(headingMatcher(`${'A'.repeat(200_000)}1`)).toBe(true);
    expect(headingMatcher(`${'a '.repeat(100_000)}`)).toBe(false);
  });
});
