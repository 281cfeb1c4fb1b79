import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.js';

interface Case {
  name: string;
  text: string;
  sentences: string[];
}

function sentencesOf(text: string): Array<{ start: number; end: number; text: string }> {
  return segmentText(text).sentences.map(({ span }) => ({ ...span, text: text.slice(span.start, span.end) }));
}

/** Each text is exactly one sentence: none of these boundaries may be split. */
const MUST_NOT_SPLIT: Array<Omit<Case, 'sentences'>> = [
  { name: 'a title before a name', text: 'Mr. Haller of the E.U. delegation joined them.' },
  { name: 'No. before a number', text: 'A spokesperson at No. 10 Downing Street said so.' },
  { name: 'a rank pair', text: 'Lt. Col. Anna Reyes briefed the press.' },
  { name: 'legislators in a row', text: 'She met Sen. Hale, Rep. Ortiz and Gov. Quinn.' },
  {
    name: 'months before day numbers',
    text: 'The talks began Jan. 5 in the U.S. and ended Feb. 1 in Geneva.',
  },
  { name: 'an initial in a name', text: 'He quoted John F. Kennedy on the steps.' },
  { name: 'an initialism before a capitalised noun', text: 'The U.S. Embassy in Kyiv reopened.' },
  {
    name: 'a time before a lower-case word',
    text: 'The session opened at 10 a.m. with a minute of silence.',
  },
  { name: 'decimals and money', text: 'It pledged 3.5 billion euros, or about $3.8 billion.' },
  { name: 'a quote ended by a comma', text: '"It will happen," he said.' },
  { name: 'a question quote with a lower-case attribution', text: '"What now?" he asked.' },
  { name: 'a long attribution after an exclamation', text: '“Never!” Prime Minister Quinn said.' },
  { name: 'an ellipsis before a lower-case word', text: 'Such a meeting will happen soon... we will see.' },
  { name: 'a URL with stops', text: 'Details are at https://example.org/talks.v2?id=3 for readers.' },
  { name: 'a heading with inner stops', text: 'Talks in the U.S. Capital: Day Two. What Next' },
  { name: 'a quote closing mid-sentence', text: 'He called it "a failure." and walked out.' },
];

/** Each text has a boundary that must stay: these sentences may not be merged. */
const MUST_NOT_MERGE: Case[] = [
  {
    name: 'an initialism at a sentence end before "The"',
    text: 'They held talks with the U.S. The next round is in May.',
    sentences: ['They held talks with the U.S.', 'The next round is in May.'],
  },
  {
    name: 'a month abbreviation at a sentence end',
    text: 'The plan was drafted in Jan. The talks ended.',
    sentences: ['The plan was drafted in Jan.', 'The talks ended.'],
  },
  {
    name: 'a time at a sentence end',
    text: 'It ended at 5 p.m. The next day was calm.',
    sentences: ['It ended at 5 p.m.', 'The next day was calm.'],
  },
  {
    name: 'a closed quote before a new sentence',
    text: 'He said: "We are ready." Then he left.',
    sentences: ['He said: "We are ready."', 'Then he left.'],
  },
  {
    name: 'a full stop quote before a sentence that merely contains "said"',
    text: '"We will go." He said it twice.',
    sentences: ['"We will go."', 'He said it twice.'],
  },
  {
    name: 'a question and its answer',
    text: 'Who is taking part? Delegations from three countries.',
    sentences: ['Who is taking part?', 'Delegations from three countries.'],
  },
  {
    name: 'a question quote before a new quote',
    text: '“Is it over?” asked Lavrov. “No.”',
    sentences: ['“Is it over?” asked Lavrov.', '“No.”'],
  },
  {
    name: 'a quote split across sentences inside it',
    text: '"Today we listened. Tomorrow we write," he said.',
    sentences: ['"Today we listened.', 'Tomorrow we write," he said.'],
  },
  {
    name: 'an abbreviation at a line end never pulls in the next line',
    text: 'He works for the U.S.\nofficials in Geneva disagree.',
    sentences: ['He works for the U.S.', 'officials in Geneva disagree.'],
  },
  {
    name: 'a title at a line end stays on its line',
    text: 'The letter was signed by Gen.\nSmith replied the next day.',
    sentences: ['The letter was signed by Gen.', 'Smith replied the next day.'],
  },
  {
    name: 'a heading never merges with the paragraph after it',
    text: 'What Is on the Table\nthree issues dominate the agenda.',
    sentences: ['What Is on the Table', 'three issues dominate the agenda.'],
  },
];

describe('segmentText: boundaries that must not be split', () => {
  it.each(MUST_NOT_SPLIT)('$name', ({ text }) => {
    expect(sentencesOf(text)).toEqual([{ start: 0, end: text.length, text }]);
  });
});

describe('segmentText: sentences that must not be merged', () => {
  it.each(MUST_NOT_MERGE)('$name', ({ text, sentences }) => {
    const found = sentencesOf(text);
    expect(found.map((s) => s.text)).toEqual(sentences);
    for (const sentence of found) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(found.map((s) => s.start)).toEqual(sentences.map((s) => text.indexOf(s)));
  });
});
