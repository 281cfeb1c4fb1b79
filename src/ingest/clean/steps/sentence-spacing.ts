import type { CleaningStep, StepFinding } from '../cleaning-step.js';
import { GLUED_SENTENCE_END, MAX_TOKEN_SCAN, URL_LIKE_TOKEN } from '../lexicon/sentence-spacing.js';

interface Token {
  start: number;
  end: number;
  prose: boolean;
}

/**
 * Inserts the missing space after a sentence end glued to the next sentence (`fighting.Russian` →
 * `fighting. Russian`), which otherwise makes one sentence of two. The pattern in
 * `lexicon/sentence-spacing.ts` leaves abbreviations, initials, decimals and domains alone; a dot inside a
 * url, a path, an address or a token too long to be prose is left alone too. The inserted space maps to no
 * raw character; the signal's raw span is the two characters either side of the join.
 */
export const sentenceSpacing: CleaningStep = {
  name: 'sentence-spacing',
  find(text) {
    const findings: StepFinding[] = [];
    let token: Token = { start: 0, end: 0, prose: true };
    GLUED_SENTENCE_END.lastIndex = 0;
    for (let match = GLUED_SENTENCE_END.exec(text); match; match = GLUED_SENTENCE_END.exec(text)) {
      if (match.index >= token.end) token = tokenAround(text, match.index);
      if (!token.prose) continue;
      const at = match.index + 1;
      findings.push({
        edit: { start: at, end: at, insert: ' ' },
        signal: {
          code: 'spacing-repaired',
          severity: 'info',
          detail: `Missing space after "${text.slice(Math.max(token.start, at - 12), at)}" inserted`,
        },
      });
    }
    return findings;
  },
};

const SPACE = /\s/g;

/** The whitespace-delimited token holding `at`, found once and reused for every join inside it. */
function tokenAround(text: string, at: number): Token {
  let start = at;
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
  SPACE.lastIndex = at;
  const end = SPACE.exec(text)?.index ?? text.length;
  const prose = end - start <= MAX_TOKEN_SCAN && !URL_LIKE_TOKEN.test(text.slice(start, end));
  return { start, end, prose };
}
