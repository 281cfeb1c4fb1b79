import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../model/index.js';
import { readText } from './text-reader.js';

const location = { kind: 'file' as const, ref: 'article.txt' };

interface Case {
  name: string;
  text: string;
  title: string | undefined;
  /** Each expected drop as [text it covers, detail]. */
  drops: Array<[string, string]>;
}

const TITLE = 'Talks Resume in Vienna After a Long Pause';

const cases: Case[] = [
  {
    name: 'section label, title, title repeated',
    text: `Politics\n\n${TITLE}\n\n${TITLE}\n\nNegotiators met on Monday.\n`,
    title: TITLE,
    drops: [
      ['Politics\n\n', 'section label "Politics"'],
      [`${TITLE}\n\n`, 'title repeated as the first body line'],
    ],
  },
  {
    name: 'two-word section label',
    text: `World News\n\n${TITLE}\n\nNegotiators met on Monday.`,
    title: TITLE,
    drops: [['World News\n\n', 'section label "World News"']],
  },
  {
    name: 'title then subtitle without blank lines',
    text: `${TITLE}\nA second day is planned for Friday\nThe delegations arrived late.`,
    title: TITLE,
    drops: [],
  },
  {
    name: 'repeat matched case-insensitively',
    text: `${TITLE}\n\n${TITLE.toUpperCase()}\n\nBody text.`,
    title: TITLE,
    drops: [[`${TITLE.toUpperCase()}\n\n`, 'title repeated as the first body line']],
  },
  {
    name: 'long first paragraph ending in a full stop is not a title',
    text: `${'The delegations met again on Monday in a hotel near the old town, '.repeat(3)}officials said.\nMore.`,
    title: undefined,
    drops: [],
  },
  {
    name: 'short first line ending with a full stop is not a title',
    text: 'The talks resumed on Monday.\n\nMore text.',
    title: undefined,
    drops: [],
  },
  {
    name: 'first line ending with a question mark',
    text: 'Will the Ceasefire Hold?\n\nDiplomats are not sure.',
    title: undefined,
    drops: [],
  },
  {
    name: 'final punctuation behind a closing quote',
    text: 'Minister Says “We Are Not Leaving.”\n\nBody text.',
    title: undefined,
    drops: [],
  },
  { name: 'one-line file', text: TITLE, title: undefined, drops: [] },
  {
    name: 'a label with no blank line after it is not a label',
    text: `World\n${TITLE}\n\nBody.`,
    title: undefined,
    drops: [],
  },
  {
    name: 'Windows line endings keep raw spans exact',
    text: `Business\r\n\r\n${TITLE}\r\n\r\n${TITLE}\r\n\r\nBody text.\r\n`,
    title: TITLE,
    drops: [
      ['Business\r\n\r\n', 'section label "Business"'],
      [`${TITLE}\r\n\r\n`, 'title repeated as the first body line'],
    ],
  },
  {
    name: 'hostile: whitespace, tabs and a lone CR around the title',
    text: ` \t\r\n\u00a0\r  ${TITLE} \t\r\r${TITLE}\rBody.`,
    title: TITLE,
    drops: [[`${TITLE}\r`, 'title repeated as the first body line']],
  },
  {
    name: 'hostile: a 10,000-character first line with no punctuation',
    text: `${'word '.repeat(2000)}\n\nBody.`,
    title: undefined,
    drops: [],
  },
];

function spanTextOf(doc: RawDocument, span: { start: number; end: number }): string {
  return doc.raw.slice(span.start, span.end);
}

describe('readText', () => {
  it.each(cases)('$name', ({ text, title, drops }) => {
    const doc = readText(text, location);
    expect(doc.raw).toBe(text);
    expect(doc.format).toBe('text');
    expect(doc.location).toEqual(location);
    expect(doc.meta.title).toBe(title);
    if (title === undefined) {
      expect(doc.titleSpan).toBeUndefined();
    } else {
      expect(doc.titleSpan).toEqual({ start: text.indexOf(title), end: text.indexOf(title) + title.length });
      expect(spanTextOf(doc, doc.titleSpan as { start: number; end: number })).toBe(title);
    }
    expect(doc.drop.map((d) => [spanTextOf(doc, d.span), d.detail])).toEqual(drops);
    for (const d of doc.drop) expect(d.code).toBe('boilerplate');
  });

  it('places the repeated-title drop after the title, not on it', () => {
    const text = `${TITLE}\n\n${TITLE}\n\nBody.`;
    const doc = readText(text, location);
    expect(doc.titleSpan).toEqual({ start: 0, end: TITLE.length });
    expect(doc.drop[0]?.span).toEqual({ start: TITLE.length + 2, end: 2 * TITLE.length + 4 });
  });
});
