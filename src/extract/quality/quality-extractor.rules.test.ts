import { describe, expect, it } from 'vitest';
import type { QualitySignal } from '../../model/index.js';
import { CLEAN_ARTICLE, qualityOf } from './quality-of.js';

/** Signals of one provenance tag as [code, severity, span text] rows. */
function rows(text: string, by: string, fixture = {}): Array<[string, string, string | null]> {
  return qualityOf(text, fixture)
    .filter((s) => s.by === by)
    .map((s) => [s.code, s.severity, s.spanText]);
}

const removed = (
  code: string,
  text: string,
  by = 'clean/x',
  severity: QualitySignal['severity'] = 'warning',
) => ({
  code,
  severity,
  rawSpan: { start: 0, end: text.length },
  detail: `${code} removed`,
  text,
  by,
});

describe('quality rules: each signal fires on its case', () => {
  it.each([
    ['Markets slid on Friday.\nThis post is sponsored by Acme Wallets.', 'post is sponsored by'],
    ['The token rallied. This is not financial advice.', 'not financial advice'],
    ['Prices may rise. Readers should do your own research before buying.', 'do your own research'],
    ['The site does not verify claims made by issuers.', 'does not verify'],
    [
      'Some links are affiliate links and we may earn a commission.',
      'affiliate links and we may earn a commission',
    ],
    ['Advertorial: a new wallet for everyone.', 'Advertorial:'],
  ])('sponsored-content in the body: %s', (text, span) => {
    expect(rows(text, 'quality/sponsored')).toEqual([['sponsored-content', 'warning', span]]);
  });

  it('sponsored-content: summarises what cleaning removed', () => {
    const signals = [
      removed('sponsored-content', 'IMPORTANT NOTICE This page is paid content', 'clean/sponsored'),
    ];
    const found = qualityOf(CLEAN_ARTICLE, { signals }).filter((s) => s.code === 'sponsored-content');
    expect(found.map((s) => [s.by, s.severity, s.spanText, s.rawSpan])).toEqual([
      ['quality/cleaning-summary', 'warning', null, { start: 0, end: 42 }],
    ]);
    expect(found[0]?.detail).toMatch(
      /^Cleaning removed 1 sponsorship or disclaimer notice\(s\), first: "IMPORTANT NOTICE/u,
    );
  });

  it('markup-residue and boilerplate: one summary each; decoded entities and reader drops are left out', () => {
    const signals = [
      removed('markup-residue', '< p >'),
      removed('markup-residue', 'h 3 >'),
      removed('markup-residue', '&amp;', 'clean/entities', 'info'),
      removed('boilerplate', 'Share this article', 'clean/boilerplate', 'info'),
      removed('boilerplate', 'World', 'clean/reader-drops', 'info'),
    ];
    const found = qualityOf(CLEAN_ARTICLE, { signals }).filter((s) => s.by === 'quality/cleaning-summary');
    expect(found.map((s) => [s.code, s.severity, s.detail])).toEqual([
      [
        'boilerplate',
        'info',
        'Cleaning removed 1 boilerplate line(s) (link teasers, share prompts, notes), first: "Share this article"',
      ],
      ['markup-residue', 'warning', 'Cleaning removed 2 piece(s) of HTML residue, first: "< p >"'],
    ]);
  });

  it('seo-spin: an explicit marker in the text, and one cleaning removed', () => {
    expect(rows('Visa rules eased this week (keywords preserved).', 'quality/seo-marker')).toEqual([
      ['seo-spin', 'error', '(keywords preserved)'],
    ]);
    const signals = [
      removed('boilerplate', '(SEO keywords preserved throughout)', 'clean/boilerplate', 'info'),
    ];
    expect(rows(CLEAN_ARTICLE, 'quality/seo-marker', { signals })).toEqual([['seo-spin', 'error', null]]);
  });

  it('seo-spin: a generated FAQ block, with how many questions repeat the top keyword', () => {
    const faq = [
      'FAQ',
      'What are the fishing talks about?',
      'The fishing talks are about quotas.',
      'Who attends the fishing talks?',
      'Why do the talks matter?',
    ].join('\n');
    const found = qualityOf(`${CLEAN_ARTICLE}\n${faq}`).filter((s) => s.by === 'quality/seo-faq');
    expect(found.map((s) => s.spanText)).toEqual([faq]);
    expect(found[0]?.detail).toBe(
      'Generated FAQ block: "FAQ" followed by 3 question lines; 3 of 3 (100.0%) repeat "talks"',
    );
  });

  it('seo-spin: a key-point table and a key-points list that repeat the body', () => {
    const table = [
      '| Key Point | Details |',
      '|---|---|',
      '| Fishing talks | Portugal, Morocco and Norway met in Lisbon. |',
      '| Quotas | Sardine and mackerel stocks have fallen. |',
      '| Next round | A second round is planned for April in Rabat. |',
    ].join('\n');
    const found = rows(`${CLEAN_ARTICLE}\n${table}`, 'quality/seo-key-points');
    expect(found).toEqual([['seo-spin', 'warning', table]]);
    const list = [
      'Key Takeaways',
      '- Talks resumed in Lisbon.',
      '- Stocks of sardine have fallen.',
      '- A second round is planned.',
    ].join('\n');
    expect(rows(`${CLEAN_ARTICLE}\n${list}`, 'quality/seo-key-points')).toEqual([
      ['seo-spin', 'warning', list],
    ]);
  });

  it('seo-spin: keyword density far above news, with the measured share', () => {
    const stuffed = Array.from({ length: 30 }, (_, i) =>
      i % 2 === 0
        ? `Visa news today: the best visa guide for visa seekers, number ${i}.`
        : `Officials said the office opened late on day ${i}.`,
    ).join(' ');
    const found = qualityOf(stuffed).filter((s) => s.by === 'quality/seo-density');
    expect(found).toHaveLength(1);
    expect(found[0]?.detail).toMatch(
      /^Keyword density: "visa" is 45 of \d+ words \(\d+\.\d%\), above the 4\.0% news rarely exceeds$/u,
    );
  });

  it('seo-spin: an article that keeps paraphrasing itself', () => {
    const again = [
      'The fishing quota talks in Lisbon aim at a fair fishing quota deal for coastal nations.',
      'Coastal nations hope the fishing quota talks in Lisbon bring a fair fishing quota deal soon.',
      'A fair fishing quota deal remains the goal of the fishing quota talks for coastal nations.',
      'Experts believe fishing quota talks can reach a fair fishing quota deal for coastal nations.',
    ].join('\n');
    const found = qualityOf(`${CLEAN_ARTICLE}\n${again}`).filter((s) => s.by === 'quality/seo-repetition');
    expect(found.map((s) => [s.code, s.spanText])).toEqual([['seo-spin', again.split('\n')[1]]]);
    expect(found[0]?.detail).toMatch(
      /^Self-repetition: 3 of 16 sentences \(18\.8%\) repeat earlier word pairs/u,
    );
  });

  it('typos: the rate of misspelt words, listing them, with the first span', () => {
    const text = CLEAN_ARTICLE.replace('discussing', 'discusing')
      .replace('reporters', 'repoters')
      .replace('a deal', 'a agreement');
    const found = qualityOf(text).filter((s) => s.code === 'typos');
    expect(found.map((s) => [s.by, s.spanText])).toEqual([['quality/typos', 'discusing']]);
    expect(found[0]?.detail).toMatch(
      /^3 of \d+ words \(\d\.\d%\) misspelt or not in the dictionary, above 0\.2%: "discusing", "repoters", "a agreement"$/u,
    );
  });

  it('spacing-errors: a join cleaning repaired, a glued comma and a bare dash', () => {
    const text = 'Talks ended. Delegates left on Monday,Lisbon said, and the plan collapsed-a blow to hopes.';
    const raw = 'Talks ended.Delegates';
    const signals = [
      {
        ...removed('spacing-repaired', '.D', 'clean/sentence-spacing', 'info'),
        rawSpan: { start: 11, end: 13 },
      },
    ];
    const offsetMap: Array<[number, number, number]> = [
      [0, 0, 12],
      [13, 12, text.length - 13],
    ];
    expect(raw.slice(11, 13)).toBe('.D');
    expect(rows(text, 'quality/spacing', { signals, offsetMap })).toEqual([
      ['spacing-errors', 'warning', '. D'],
      ['spacing-errors', 'warning', 'Monday,Lisbon'],
      ['spacing-errors', 'info', 'collapsed-a'],
    ]);
  });

  it('case-errors: a person named in lower case and a country in lower case', () => {
    const text =
      'Envoy Lars Haugen arrived in Oslo on Monday. Talks with norway went on late, said Lars haugen.';
    expect(rows(text, 'quality/name-case')).toEqual([
      ['case-errors', 'warning', 'norway'],
      ['case-errors', 'warning', 'Lars haugen'],
    ]);
  });

  it('undated and unattributed: no date, no byline, no outlet', () => {
    const unknown = { value: null, precision: 'unknown', basis: 'unknown' } as const;
    const found = qualityOf(CLEAN_ARTICLE, { published: unknown, meta: {}, source: {} });
    expect(found.map((s) => [s.code, s.severity, s.span])).toEqual([
      ['unattributed', 'info', undefined],
      ['undated', 'info', undefined],
    ]);
  });
});
