import type { EntityCandidate, SentenceInput } from '../entity-candidate.js';
import { tokenSpan } from '../entity-candidate.js';
import { ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { NEVER_NAMES } from '../lexicon/stop-words.js';
import { HONORIFICS } from '../lexicon/titles.js';
import { nameRunEnd, runText } from '../name-run.js';
import { ofBefore, qualifierBefore } from '../role-context.js';

/**
 * A title of office followed by a name: "Russian Foreign Minister Sergei Lavrov", "US special envoy
 * Steve Witkoff", "former President Barack Obama". The mention is the name; the role's evidence runs
 * from the qualifier or country to the end of the title, and its `of` is the canonical country or the
 * organisation before the title. An honorific between title and name belongs to the name ("Prime
 * Minister Sir Keir Starmer").
 */
export function titleMatcher(input: SentenceInput): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let index = 0; index < input.tokens.length; index += 1) {
    const title = input.lexicons.titles.longestAt(input.lower, index);
    if (title === null) continue;
    const titleEnd = index + title.length - 1;
    // "Prime Minister Sir Keir Starmer": the honorific opens the name; the name proper follows it.
    const honorific = HONORIFICS.has(input.lower[titleEnd + 1] ?? '') ? 1 : 0;
    const nameEnd = nameEndAfter(input, titleEnd + 1 + honorific);
    if (nameEnd < titleEnd + 1 + honorific) continue;
    const ofPart = ofBefore(input, index);
    const qualified = qualifierBefore(input, ofPart.start);
    found.push({
      span: tokenSpan(input, titleEnd + 1, nameEnd),
      kind: 'person',
      matcher: 'matcher/title',
      role: {
        title: runText(input, index, titleEnd),
        of: ofPart.of,
        qualifier: qualified.qualifier,
        relation: false,
        evidence: tokenSpan(input, qualified.start, titleEnd),
      },
    });
    index = nameEnd;
  }
  return found;
}

/**
 * The last token of a person's name starting at `from`, or `from - 1`: a capitalised run of at most four
 * words that is not a place, organisation or title itself ("President Trump", not "President Putin's"), and
 * holds no organisation word ("General Motors" is no general).
 */
export function nameEndAfter(input: SentenceInput, from: number): number {
  let end = nameRunEnd(input, from, 4);
  if (end < from || NEVER_NAMES.has(input.lower[from] ?? '')) return from - 1;
  for (let index = from; index <= end; index += 1) {
    const title = input.lexicons.titles.longestAt(input.lower, index);
    if (title !== null && index > from) end = index - 1;
    if (input.lower[index] === 'of' || input.lower[index] === 'the') end = Math.min(end, index - 1);
  }
  for (let index = from; index <= end; index += 1)
    if (ORGANISATION_HEADS.has(input.lower[index] ?? '')) return from - 1;
  const gazetteer = input.lexicons.names.longestAt(input.lower, from);
  if (gazetteer !== null && gazetteer.value.kind !== 'person' && from + gazetteer.length - 1 >= end) {
    return from - 1;
  }
  return end;
}
