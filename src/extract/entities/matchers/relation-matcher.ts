import type { EntityCandidate, SentenceInput } from '../entity-candidate.js';
import { tokenSpan } from '../entity-candidate.js';
import { isNameWord, runText } from '../name-run.js';
import { nameEndAfter } from './title-matcher.js';

const POSSESSIVE = new Set(["'s", '’s']);

/**
 * A relation to a person before a name: "Trump's son-in-law Jared Kushner" → Kushner, with the role
 * `{title: 'son-in-law', of: 'Trump', relation: true}`. The relative ("Trump") stays a mention of its
 * own; the resolver replaces it with that person's fullest name.
 */
export function relationMatcher(input: SentenceInput): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let index = 2; index < input.tokens.length; index += 1) {
    const relation = input.lexicons.relations.longestAt(input.lower, index);
    if (relation === null || !POSSESSIVE.has(input.lower[index - 1] ?? '')) continue;
    let ownerStart = index - 2;
    if (!isNameWord(input, ownerStart)) continue;
    while (ownerStart > 0 && index - 2 - ownerStart < 3 && isNameWord(input, ownerStart - 1)) ownerStart -= 1;
    const relationEnd = index + relation.length - 1;
    const nameEnd = nameEndAfter(input, relationEnd + 1);
    if (nameEnd <= relationEnd) continue;
    found.push({
      span: tokenSpan(input, relationEnd + 1, nameEnd),
      kind: 'person',
      matcher: 'matcher/relation',
      role: {
        title: runText(input, index, relationEnd),
        of: runText(input, ownerStart, index - 2),
        qualifier: null,
        relation: true,
        evidence: tokenSpan(input, ownerStart, relationEnd),
      },
    });
  }
  return found;
}
