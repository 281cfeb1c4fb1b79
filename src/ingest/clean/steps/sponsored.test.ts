import { describe, expect, it } from 'vitest';
import { cleanWith, expectRemoved } from '../test-cleaning.js';
import { phraseCount, sponsored } from './sponsored.js';

const NEWS = 'Delegations met in Vienna on Friday to discuss a prisoner swap.';
const NOTICE =
  'Paid post. The publisher does not verify or endorse any project named here, and nothing here is investment advice.';

describe('sponsored: removes sponsorship and disclaimer notices', () => {
  const cases: Array<{ name: string; raw: string; clean: string; removed: string[] }> = [
    {
      name: 'heading, blank line and notice paragraph',
      raw: `${NEWS}\n\nIMPORTANT NOTICE\n\n${NOTICE}\n`,
      clean: `${NEWS}\n\n`,
      removed: [`IMPORTANT NOTICE\n\n${NOTICE}\n`],
    },
    {
      name: 'heading directly followed by a one-phrase paragraph',
      raw: `${NEWS}\nDisclaimer\nThis story contains affiliate links.\n${NEWS}`,
      clean: `${NEWS}\n${NEWS}`,
      removed: ['Disclaimer\nThis story contains affiliate links.\n'],
    },
    {
      name: 'a heading left alone at the end',
      raw: `${NEWS}\n\nSponsored content:`,
      clean: `${NEWS}\n\n`,
      removed: ['Sponsored content:'],
    },
    {
      name: 'an inline heading with one phrase',
      raw: `Disclaimer: this is not financial advice.\n${NEWS}`,
      clean: NEWS,
      removed: ['Disclaimer: this is not financial advice.\n'],
    },
    {
      name: 'a paragraph alone with two phrases',
      raw: `${NEWS}\n${NOTICE}`,
      clean: `${NEWS}\n`,
      removed: [NOTICE],
    },
    {
      name: 'a partner notice in plainer words',
      raw: `${NEWS}\n\nIMPORTANT NOTICE\n\nThis page carries material supplied by a commercial partner. We accept no responsibility for its claims.\n`,
      clean: `${NEWS}\n\n`,
      removed: [
        'IMPORTANT NOTICE\n\nThis page carries material supplied by a commercial partner. We accept no responsibility for its claims.\n',
      ],
    },
    {
      name: 'phrases in other casing',
      raw: 'THIS ARTICLE IS SPONSORED. Readers should DO YOUR OWN RESEARCH.',
      clean: '',
      removed: ['THIS ARTICLE IS SPONSORED. Readers should DO YOUR OWN RESEARCH.'],
    },
  ];

  it.each(cases)('$name', ({ raw, clean, removed }) => {
    const result = cleanWith(sponsored, raw);
    expect(result.text).toBe(clean);
    expectRemoved(raw, result.signals, removed);
    for (const signal of result.signals) {
      expect(signal).toMatchObject({ code: 'sponsored-content', severity: 'warning', by: 'clean/sponsored' });
    }
  });

  it('quotes the first words of the notice in the detail', () => {
    const [signal] = cleanWith(sponsored, `IMPORTANT NOTICE\n${NOTICE}`).signals;
    expect(signal?.detail).toBe(
      'Sponsored or disclaimer notice removed: "IMPORTANT NOTICE Paid post. The publisher does not…"',
    );
  });

  it('counts each kind of phrase once', () => {
    expect(phraseCount('sponsored content, sponsored post')).toBe(1);
    expect(phraseCount(NOTICE)).toBe(2); // paid post, does not verify or endorse
  });

  it('survives a hostile input: one 100,000-character paragraph of a single repeated phrase', () => {
    const raw = 'sponsored content '.repeat(5_556);
    expect(cleanWith(sponsored, raw).text).toBe(raw);
  });
});
