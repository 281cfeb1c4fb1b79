import type { EntityCandidate, RoleDraft, SentenceInput } from '../entity-candidate.js';
import { tokenSpan } from '../entity-candidate.js';
import { NEVER_NAMES } from '../lexicon/stop-words.js';
import { isNameWord, nameRunEnd, runText } from '../name-run.js';
import { ofBefore, qualifierBefore } from '../role-context.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
const CLOSERS = new Set([
  ',',
  '.',
  ';',
  ':',
  'and',
  'who',
  'said',
  'says',
  'told',
  'has',
  'had',
  'is',
  'was',
  ')',
  '—',
  '–',
]);

/**
 * A name followed by a comma and a role: "Mark Rutte, NATO's Secretary-General," → Rutte with
 * `{title: 'Secretary-General', of: 'NATO'}`; "Jared Kushner, Trump's son-in-law," → a relation. The
 * role phrase must end the apposition (comma, full stop, "who", "said"…), so "Rutte, NATO's chief
 * weapon" does not read as a title.
 */
export function appositionMatcher(input: SentenceInput): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let comma = 1; comma < input.tokens.length - 1; comma += 1) {
    if (input.words[comma] !== ',' || !isNameWord(input, comma - 1)) continue;
    let start = comma - 1;
    while (start > 0 && comma - start < 4 && isNameWord(input, start - 1)) start -= 1;
    if (NEVER_NAMES.has(input.lower[start] ?? '')) start += 1;
    if (start >= comma) continue;
    const role = roleAfter(input, comma + 1);
    if (role === null) continue;
    found.push({
      span: tokenSpan(input, start, comma - 1),
      kind: 'person',
      matcher: 'matcher/apposition',
      role,
    });
  }
  return found;
}

function roleAfter(input: SentenceInput, from: number): RoleDraft | null {
  const first = DETERMINERS.has(input.lower[from] ?? '') ? from + 1 : from;
  for (let index = first; index < Math.min(first + 5, input.tokens.length); index += 1) {
    const relation = input.lexicons.relations.longestAt(input.lower, index);
    const title = relation ?? input.lexicons.titles.longestAt(input.lower, index);
    if (title === null) continue;
    const ofPart = ofBefore(input, index);
    const qualified = qualifierBefore(input, ofPart.start);
    if (qualified.start !== first) return null;
    let end = index + title.length - 1;
    let of = ofPart.of;
    const ofStart = input.lower[end + 2] === 'the' ? end + 3 : end + 2;
    if (input.lower[end + 1] === 'of' && isNameWord(input, ofStart)) {
      const ofEnd = nameRunEnd(input, ofStart, 5);
      const ofText = runText(input, ofStart, ofEnd);
      of = input.lexicons.countryOf.get(ofText.toLowerCase()) ?? ofText;
      end = ofEnd;
    }
    const next = input.lower[end + 1];
    if (next !== undefined && !CLOSERS.has(next)) return null;
    if (relation !== null && of === null) return null;
    return {
      title: runText(input, index, index + title.length - 1),
      of,
      qualifier: qualified.qualifier,
      relation: relation !== null,
      evidence: tokenSpan(input, qualified.start, end),
    };
  }
  return null;
}
