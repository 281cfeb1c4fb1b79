import { describe, expect, it } from 'vitest';
import { CLEAN_ARTICLE, qualityOf } from './quality-of.js';

/** The provenance tags that fire on `text`, given a dated, attributed document. */
function tags(text: string, fixture = {}): string[] {
  return qualityOf(text, fixture).map((s) => s.by);
}

describe('quality rules: news that looks like a signal does not fire', () => {
  it.each([
    ['sponsored', 'The Security Council passed a resolution sponsored by France and Ghana.'],
    ['sponsored', 'Reuters could not verify the claims, and the ministry did not endorse the plan.'],
    ['sponsored', 'The refinery is run by an affiliate of the state oil company.'],
    ['sponsored', 'Officials asked for legal advice before signing and said they had paid compensation.'],
    ['seo-marker', 'The keyword in her speech was sovereignty, one diplomat said.'],
    ['seo-faq', `${CLEAN_ARTICLE}\nWhat happens next?\nWho decides?`],
    ['seo-faq', `${CLEAN_ARTICLE}\nFrequently Asked Questions\nWhat is a quota?\nQuotas cap the catch.`],
    [
      'seo-key-points',
      `${CLEAN_ARTICLE}\n| Year | Tonnes |\n|---|---|\n| 2019 | 120 |\n| 2020 | 98 |\n| 2021 | 87 |`,
    ],
    ['seo-key-points', `${CLEAN_ARTICLE}\nKey Points\n- Talks resumed.\n- Stocks fell.`],
    ['seo-density', 'Visa visa visa. Visa rules changed.'],
    ['typos', 'The organisation said its defence programme would centre on a manoeuvre near the harbour.'],
    ['typos', 'Pre-summit talks on post-war aid resumed after the ministers recalibrate their aims.'],
    ['typos', `${CLEAN_ARTICLE.replace('discussing', 'discusing')}`],
    ['typos', 'An hour later a European envoy and a union leader left; a one-off deal was an honest try.'],
    ['typos', 'Details are at example.org/talks/quotazz and press@exampel.org.'],
    [
      'spacing',
      'The U.S.-backed plan, e.g. the 3.5 percent levy, is on example.com/News.Today and state-of-the-art.',
    ],
    ['spacing', 'The Washington-based group met an up-to-date panel.'],
    ['name-case', 'Ursula von der Leyen met Charles de Gaulle scholars; fine china and turkey were served.'],
  ])('%s: %s', (tag, text) => {
    expect(tags(text)).not.toContain(`quality/${tag}`);
  });

  it('undated: a date from metadata or inferred by the corpus lifts it', () => {
    expect(
      tags(CLEAN_ARTICLE, { published: { value: '2025', precision: 'year', basis: 'inferred' } }),
    ).toEqual([]);
  });

  it('unattributed: a byline alone, or an outlet alone, is enough', () => {
    expect(tags(CLEAN_ARTICLE, { meta: { byline: 'R. Reporter' }, source: {} })).toEqual([]);
    expect(tags(CLEAN_ARTICLE, { meta: {}, source: { name: 'Harbour Times' } })).toEqual([]);
  });

  it('cleaning signals of other kinds are not summarised', () => {
    const signals = [
      { code: 'invisible-characters', severity: 'info' as const, detail: '3 removed', by: 'clean/unicode' },
      {
        code: 'boilerplate',
        severity: 'info' as const,
        detail: 'section label',
        text: 'World',
        by: 'clean/reader-drops',
      },
    ];
    expect(tags(CLEAN_ARTICLE, { signals })).toEqual([]);
  });
});

describe('quality rules: hostile input', () => {
  it.each([
    ['empty', ''],
    ['punctuation only', '?!?! ... ||| ---'],
    ['one long token', 'x'.repeat(5000)],
    ['a FAQ heading and nothing after it', 'FAQ'],
    ['a lone table bar', '|'],
  ])('%s: no crash, no signal', (_, text) => {
    expect(qualityOf(text)).toEqual([]);
  });
});
