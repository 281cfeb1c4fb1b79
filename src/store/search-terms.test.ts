import { describe, expect, it } from 'vitest';
import { MATCH_CLOSE, MATCH_OPEN, parseMarkedSnippet, toSearchTerms } from './search-terms.js';

describe('toSearchTerms', () => {
  it.each([
    ['ceasefire talks', ['ceasefire', 'talks']],
    ['  Genève\tcafé\n', ['Genève', 'café']],
    ['"unbalanced', ['"unbalanced']],
    ['AND OR NOT', ['AND', 'OR', 'NOT']],
    ['-x * - ^', ['-x']],
    ['Talks talks TALKS', ['Talks']],
    ['a\u0000b', ['a', 'b']],
    ["O'Brien's 2025", ["O'Brien's", '2025']],
    ['🕊️ 🙂', []],
    ['', []],
  ])('splits %j into %j', (query, terms) => {
    expect(toSearchTerms(query)).toEqual(terms);
  });

  it('keeps one term per distinct word of a 10,000-character query', () => {
    const query = `${'peace talks '.repeat(833)}war `;
    expect(query).toHaveLength(10_000);
    expect(toSearchTerms(query)).toEqual(['peace', 'talks', 'war']);
  });
});

describe('parseMarkedSnippet', () => {
  it.each([
    [`the ${MATCH_OPEN}talks${MATCH_CLOSE} resumed`, 'the talks resumed', ['talks']],
    [`${MATCH_OPEN}a${MATCH_CLOSE} and ${MATCH_OPEN}b${MATCH_CLOSE}`, 'a and b', ['a', 'b']],
    [`🕊️ ${MATCH_OPEN}Genève${MATCH_CLOSE}…`, '🕊️ Genève…', ['Genève']],
    ['no marks at all', 'no marks at all', []],
    [`stray ${MATCH_CLOSE}close and ${MATCH_OPEN}${MATCH_CLOSE}empty`, 'stray close and empty', []],
  ])('reads %j as %j with highlights %j', (marked, snippet, words) => {
    const parsed = parseMarkedSnippet(marked);
    expect(parsed.snippet).toBe(snippet);
    expect(parsed.highlights.map((span) => parsed.snippet.slice(span.start, span.end))).toEqual(words);
  });
});
