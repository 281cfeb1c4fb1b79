import { describe, expect, it } from 'vitest';
import { cleanWith, expectRemoved } from '../test-cleaning.js';
import { markupResidue } from './markup-residue.js';

type Removed = Array<string | [string, number]>;

describe('markup-residue: removes scraper debris of tags', () => {
  const cases: Array<{ name: string; raw: string; clean: string; removed: Removed }> = [
    {
      name: 'spaced heading tag at a line end',
      raw: 'Talks resume in Geneva h 3 >\nBody.',
      clean: 'Talks resume in Geneva\nBody.',
      removed: [' h 3 >'],
    },
    {
      name: 'heading tag h1 at a line end',
      raw: 'Closing thoughts h1 >',
      clean: 'Closing thoughts',
      removed: [' h1 >'],
    },
    { name: 'bare p> alone on a line', raw: 'One.\np>\nTwo.', clean: 'One.\nTwo.', removed: ['p>\n'] },
    {
      name: 'spaced p > alone on a line',
      raw: 'One.\n  p >  \nTwo.',
      clean: 'One.\nTwo.',
      removed: ['  p >  \n'],
    },
    {
      name: 'p > at the end of a text line',
      raw: 'A note. p >\nNext.',
      clean: 'A note.\nNext.',
      removed: [' p >'],
    },
    { name: 'glued p> at a line end', raw: 'The end.p>', clean: 'The end.', removed: ['p>'] },
    { name: 'closing /p> at a line end', raw: 'The end./p>', clean: 'The end.', removed: ['/p>'] },
    {
      name: 'bracketed spaced tag glued to the start',
      raw: '< p >Envoys met on Tuesday.',
      clean: 'Envoys met on Tuesday.',
      removed: ['< p >'],
    },
    { name: 'broken tag glued to the start', raw: 'p>Envoys met.', clean: 'Envoys met.', removed: ['p>'] },
    { name: 'uppercase bracketed tag', raw: '< H2 >Agenda', clean: 'Agenda', removed: ['< H2 >'] },
    { name: 'spaced closing tag', raw: 'Agenda< /p >', clean: 'Agenda', removed: ['< /p >'] },
    {
      name: 'block tags glued between sentences leave a space',
      raw: 'First part.</p><p>Second part.',
      clean: 'First part. Second part.',
      removed: ['</p><p>'],
    },
    {
      name: 'inline tags are removed without a space',
      raw: 'the <strong>deal</strong> stands',
      clean: 'the deal stands',
      removed: ['<strong>', '</strong>'],
    },
    {
      name: 'tag with attributes and its closing tag',
      raw: '<div class="lead" id=top>Text</div>',
      clean: 'Text',
      removed: ['<div class="lead" id=top>', '</div>'],
    },
    { name: 'self-closing break mid-line', raw: 'word <br/> word', clean: 'word  word', removed: ['<br/>'] },
    {
      name: 'adjacent tags at a line end make one signal',
      raw: 'End of story. </p> <p>\nNext.',
      clean: 'End of story.\nNext.',
      removed: [' </p> <p>'],
    },
    {
      name: 'a line of nothing but residue goes with its break',
      raw: 'One.\r\n</div></div>\r\nTwo.',
      clean: 'One.\r\nTwo.',
      removed: ['</div></div>\r\n'],
    },
    {
      name: 'several lines, one signal each',
      raw: 'p>\nHeading h 3 >\n< p >Body text.\np >',
      clean: 'Heading\nBody text.\n',
      removed: ['p>\n', ' h 3 >', '< p >', ['p >', 1]],
    },
  ];

  it.each(cases)('$name', ({ raw, clean, removed }) => {
    const result = cleanWith(markupResidue, raw);
    expect(result.text).toBe(clean);
    expectRemoved(raw, result.signals, removed);
    for (const signal of result.signals) {
      expect(signal).toMatchObject({
        code: 'markup-residue',
        severity: 'warning',
        by: 'clean/markup-residue',
      });
      expect(signal.text).toBe(raw.slice(signal.rawSpan?.start, signal.rawSpan?.end));
    }
  });

  it('quotes the residue in the detail', () => {
    const [signal] = cleanWith(markupResidue, 'Heading h 3 >').signals;
    expect(signal?.detail).toBe('Markup residue "h 3 >" removed');
  });

  it('survives a hostile input: 10,000 repetitions of "p> < p >" on one line', () => {
    const raw = 'p> < p >'.repeat(10_000);
    const result = cleanWith(markupResidue, raw);
    expect(result.text).toBe('');
    expect(result.signals).toHaveLength(1);
    expect(result.signals[0]?.rawSpan).toEqual({ start: 0, end: raw.length });
  });
});
