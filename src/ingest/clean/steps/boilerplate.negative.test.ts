import { describe, expect, it } from 'vitest';
import { cleanWith } from '../test-cleaning.js';
import { boilerplate } from './boilerplate.js';

describe('boilerplate: leaves article lines alone', () => {
  const unchanged: Array<{ name: string; raw: string }> = [
    { name: 'a compound with Related-', raw: 'Related-party transactions rose.' },
    { name: 'ad hoc', raw: 'Ad-hoc talks were held in Riga.' },
    { name: 'advertising as a subject', raw: 'Advertisement revenue fell sharply.' },
    { name: 'a treaty clause (c)', raw: '(c) Russia shall withdraw its forces.' },
    { name: 'copyright as a subject', raw: 'Copyright law was on the agenda.' },
    { name: 'read more inside a sentence', raw: 'Analysts urged readers to read more: the text matters.' },
    { name: 'share prices', raw: 'Share prices fell after the talks.' },
    { name: 'subscribers', raw: 'Subscribers to the newsletter said little.' },
    { name: 'click here inside a sentence', raw: 'He said to click here to vote, then laughed.' },
    {
      name: 'a long paragraph opening with Related:',
      raw: `Related: ${'the talks went on and on. '.repeat(12)}`,
    },
    { name: 'continue reading as a sentence', raw: 'Delegates will continue reading the draft overnight.' },
    { name: 'the post as a job', raw: 'The post of envoy appeared vacant for months.' },
    { name: 'by as a time limit', raw: 'By Friday, the talks had collapsed.' },
    { name: 'by in a sentence', raw: 'By Sunday the envoys had left Geneva.' },
    { name: 'signing up as news', raw: 'Sign up for the ceasefire was slow, officials said in an email.' },
    { name: 'cookies as a subject', raw: 'Cookies were served at the summit.' },
    { name: 'rights reserved mid-sentence', raw: 'All rights reserved by treaty remain in force, he said.' },
  ];

  it.each(unchanged)('$name', ({ raw }) => {
    const result = cleanWith(boilerplate, raw);
    expect(result.text).toBe(raw);
    expect(result.signals).toEqual([]);
  });

  it('survives a hostile input: 5,000 short article lines', () => {
    const raw = 'Share prices held.\n'.repeat(5_000);
    expect(cleanWith(boilerplate, raw).text).toBe(raw);
  });
});
