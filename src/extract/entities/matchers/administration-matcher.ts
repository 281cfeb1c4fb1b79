import type { EntityCandidate, SentenceInput } from '../entity-candidate.js';
import { tokenSpan } from '../entity-candidate.js';
import { ORGANISATION_SUFFIXES } from '../lexicon/organisations.js';
import { isNameWord } from '../name-run.js';

/**
 * A name followed by "administration", "government", "campaign"…: "the Trump administration" is an
 * organisation of its own, not a mention of Trump. A demonym before the noun ("the Russian government")
 * stays a nationality mention: its country is the actor.
 */
export function administrationMatcher(input: SentenceInput): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let index = 1; index < input.tokens.length; index += 1) {
    if (!ORGANISATION_SUFFIXES.has(input.words[index] ?? '')) continue;
    let start = index;
    while (start > 0 && index - start < 3 && isNameWord(input, start - 1)) start -= 1;
    if (start === index || (start === 0 && input.tokens[0]?.pos !== 'PROPN')) continue;
    const gazetteer = input.lexicons.names.longestAt(input.lower, start);
    if (gazetteer?.value.kind === 'nationality' && start + gazetteer.length === index) continue;
    found.push({
      span: tokenSpan(input, start, index),
      kind: 'organisation',
      matcher: 'matcher/administration',
    });
  }
  return found;
}
