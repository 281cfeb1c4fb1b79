import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.js';
import { segmentationProblems } from './segmentation-problems.js';
import { spansOf } from './spans-of.js';

interface Case {
  name: string;
  text: string;
  /** Every sentence, in order, exactly as it must read in the text. */
  sentences: string[];
  /** The heading flag of every paragraph, when the case is about paragraphs. */
  headings?: boolean[];
}

const CASES: Case[] = [
  {
    name: 'titles wink already knows',
    text: "Gen. Smith arrived. Mr. Jones and Mrs. Brown met Dr. Lee at St. Paul's.",
    sentences: ['Gen. Smith arrived.', "Mr. Jones and Mrs. Brown met Dr. Lee at St. Paul's."],
  },
  {
    name: 'ranks, months and No.',
    text: 'Lt. Col. Vindman testified on Jan. 5 and Feb. 6 at No. 10 Downing Street.',
    sentences: ['Lt. Col. Vindman testified on Jan. 5 and Feb. 6 at No. 10 Downing Street.'],
  },
  {
    name: 'dotted initialisms and times inside a sentence',
    text: 'The U.S. envoy met the U.K. and E.U. teams at 9 a.m. on Monday. Then he left.',
    sentences: ['The U.S. envoy met the U.K. and E.U. teams at 9 a.m. on Monday.', 'Then he left.'],
  },
  {
    name: 'an initialism ending a sentence before "The"',
    text: 'Observers noted the talks with the U.S. The next round is in May.',
    sentences: ['Observers noted the talks with the U.S.', 'The next round is in May.'],
  },
  {
    name: 'titles wink splits on, merged by the lexicon',
    text: 'He met Adm. Smith and Maj. Jones. Rev. King spoke, as did Amb. Carter.',
    sentences: ['He met Adm. Smith and Maj. Jones.', 'Rev. King spoke, as did Amb. Carter.'],
  },
  {
    name: 'a degree wink splits in two',
    text: 'She holds a Ph.D. in law. She teaches in Kyiv.',
    sentences: ['She holds a Ph.D. in law.', 'She teaches in Kyiv.'],
  },
  {
    name: 'a quote closed by a comma and an attribution',
    text: '"It will happen," he said. Nobody answered.',
    sentences: ['"It will happen," he said.', 'Nobody answered.'],
  },
  {
    name: 'a quote closing a sentence keeps its closing mark',
    text: 'He said: "We are ready." Then he left.',
    sentences: ['He said: "We are ready."', 'Then he left.'],
  },
  {
    name: 'curly double quotes',
    text: '“It will happen,” he said. He said: “We are ready.” Then he left.',
    sentences: ['“It will happen,” he said.', 'He said: “We are ready.”', 'Then he left.'],
  },
  {
    name: 'curly single quotes',
    text: '‘We keep going,’ an aide added. ‘Then go.’ She left.',
    sentences: ['‘We keep going,’ an aide added.', '‘Then go.’', 'She left.'],
  },
  {
    name: 'a question quote and a lower-case attribution',
    text: '"Will the guns fall silent?" asked one diplomat. "Nobody can promise that."',
    sentences: ['"Will the guns fall silent?" asked one diplomat.', '"Nobody can promise that."'],
  },
  {
    name: 'an exclamation quote and a capitalised attribution',
    text: '“We are ready!” Zelensky said. The room was silent.',
    sentences: ['“We are ready!” Zelensky said.', 'The room was silent.'],
  },
  {
    name: 'a guillemet wink leaves at the start of the next sentence',
    text: 'He said: «Ready.» Then he left.',
    sentences: ['He said: «Ready.»', 'Then he left.'],
  },
  {
    name: 'an ellipsis inside a quote does not end it (decision: README)',
    text: '"Such a meeting will happen soon... we will see," Lavrov said.',
    sentences: ['"Such a meeting will happen soon... we will see," Lavrov said.'],
  },
  {
    name: 'an ellipsis before a lower-case word does not end a sentence',
    text: 'Such a meeting will happen soon… we will see. Next question.',
    sentences: ['Such a meeting will happen soon… we will see.', 'Next question.'],
  },
  {
    name: 'numbers with stops and currency',
    text: 'Aid rose from 3.5 billion euros to $65 billion. It was 2.5% more.',
    sentences: ['Aid rose from 3.5 billion euros to $65 billion.', 'It was 2.5% more.'],
  },
  {
    name: 'a title line, then prose on the next single line',
    text: 'Complexities of Aligning Transatlantic Interests\nThe allies disagree. They keep talking.',
    sentences: [
      'Complexities of Aligning Transatlantic Interests',
      'The allies disagree.',
      'They keep talking.',
    ],
    headings: [true, false],
  },
  {
    name: 'a heading with stops inside is one sentence',
    text: 'Current Stalemates: The Latest U.S.-Ukraine Talks. Russia Waits',
    sentences: ['Current Stalemates: The Latest U.S.-Ukraine Talks. Russia Waits'],
    headings: [true],
  },
  {
    name: 'list items are paragraphs, not headings',
    text: 'Three issues dominate:\n- a ceasefire along the line;\n- The UK announced new funds;',
    sentences: ['Three issues dominate:', '- a ceasefire along the line;', '- The UK announced new funds;'],
    headings: [false, false, false],
  },
  {
    name: 'a subhead without punctuation in the middle of an article',
    text: 'The first round ended.\nFrequently Asked Questions\nWho is taking part? Three delegations.',
    sentences: [
      'The first round ended.',
      'Frequently Asked Questions',
      'Who is taking part?',
      'Three delegations.',
    ],
    headings: [false, true, false],
  },
  {
    name: 'paragraphs separated by blank and whitespace-only lines',
    text: 'One talk ended.\n\n\nTwo more began. They ran late.\n \t\nFour days passed.\n',
    sentences: ['One talk ended.', 'Two more began.', 'They ran late.', 'Four days passed.'],
    headings: [false, false, false],
  },
  {
    name: 'a single newline is the only boundary',
    text: 'Delegates arrived on Monday and\nthe talks began at once.',
    sentences: ['Delegates arrived on Monday and', 'the talks began at once.'],
    headings: [false, false],
  },
  {
    name: 'table rows are one sentence each and not headings',
    text: '| Item | Figure |\n| Pledged funds | $65 billion. |',
    sentences: ['| Item | Figure |', '| Pledged funds | $65 billion. |'],
    headings: [false, false],
  },
  {
    name: 'a numbered list marker stays with its item',
    text: '1. The first point is the ceasefire.',
    sentences: ['1. The first point is the ceasefire.'],
  },
];

describe('segmentText: sentences', () => {
  it.each(CASES)('$name', ({ text, sentences, headings }) => {
    const result = segmentText(text);
    expect(result.sentences.map((s) => s.span)).toEqual(spansOf(text, sentences));
    expect(result.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual(sentences);
    if (headings) expect(result.paragraphs.map((p) => p.heading)).toEqual(headings);
    expect(segmentationProblems(text, result)).toEqual([]);
  });
});
