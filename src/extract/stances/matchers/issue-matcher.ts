import { findCueMatches } from '../../../packs/cue-matcher.js';
import type { IssueHit, StanceInput } from '../stance-input.js';
import { tokenAtOrAfter } from '../stance-input.js';

/**
 * The pack's issue cues in each sentence (words in order, small gaps, plurals and possessives tolerated),
 * one hit per issue and sentence: the leftmost, longest cue. Empty without a pack.
 */
export function packIssueHits(input: StanceInput): IssueHit[] {
  if (!input.issues) return [];
  const hits: IssueHit[] = [];
  input.sentences.forEach((sentence, index) => {
    for (const issue of input.issues ?? []) {
      const matches = findCueMatches(input.text, [sentence.span], issue.cues, 3);
      const best = matches.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)[0];
      if (best) hits.push(issueHit(input, index, issue.id, best.span, 'pack'));
    }
  });
  return hits;
}

/** An issue hit with its token range. */
export function issueHit(
  input: StanceInput,
  sentence: number,
  issue: string,
  cue: { start: number; end: number },
  basis: IssueHit['basis'],
): IssueHit {
  const start = tokenAtOrAfter(input.tokens, cue.start);
  const end = Math.max(start + 1, tokenAtOrAfter(input.tokens, cue.end));
  return { sentence, issue, cue: { start: cue.start, end: cue.end }, start, end, basis };
}
