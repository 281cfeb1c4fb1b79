import { describe, expect, it } from 'vitest';
import { cleanWith } from '../test-cleaning.js';
import { sponsored } from './sponsored.js';

describe('sponsored: leaves news alone', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    {
      name: 'sanctions, investment and a refusal to endorse',
      raw: 'New sanctions curbed investment in the energy sector, and officials did not endorse the plan.',
    },
    {
      name: 'an affiliate company',
      raw: 'The buyer, an affiliate of a state energy firm, declined to comment.',
    },
    {
      name: 'one phrase alone',
      raw: 'The minister said the forecast was not investment advice but a warning.',
    },
    {
      name: 'a heading followed by ordinary news',
      raw: 'Disclaimer\nThe talks in Vienna ended without a deal on Friday evening.',
    },
    {
      name: 'notice words inside a sentence',
      raw: 'He called it an important notice to Moscow, not a threat.',
    },
    {
      name: 'a government that accepts no responsibility, and a high risk of escalation',
      raw: 'Moscow accepts no responsibility for the strike, and analysts see a high risk of escalation.',
    },
    {
      name: 'a sponsor of a resolution',
      raw: 'France sponsored the resolution, which Russia does not endorse.',
    },
  ];

  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(sponsored, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('survives a hostile input: 10,000 headings each followed by news', () => {
    const raw = 'Disclaimer\nThe envoy arrived.\n'.repeat(10_000);
    expect(cleanWith(sponsored, raw).text).toBe(raw);
  });
});
