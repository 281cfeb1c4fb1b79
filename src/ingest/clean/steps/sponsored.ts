import type { CleaningStep, StepFinding } from '../cleaning-step.js';
import { SPONSORED_HEADING, SPONSORED_INLINE_HEADING, SPONSORED_PHRASES } from '../lexicon/sponsored.js';
import { firstWords, splitLines } from '../lines.js';
import type { Line } from '../lines.js';

/**
 * Removes sponsorship and disclaimer notices: a heading line ("IMPORTANT NOTICE", "Disclaimer") with the
 * paragraph after it when that paragraph uses notice wording (one phrase of `lexicon/sponsored.ts`), a
 * heading left alone at the end of the text, a paragraph opening "Disclaimer:" with one phrase, and any
 * paragraph with two different phrases. A news paragraph about sanctions or investment uses none, so it
 * stays; a heading followed by ordinary text stays too. Each notice is one `sponsored-content` signal.
 */
export const sponsored: CleaningStep = {
  name: 'sponsored',
  find(text) {
    const blocks = splitLines(text).filter((line) => text.slice(line.start, line.end).trim() !== '');
    const findings: StepFinding[] = [];
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k] as Line;
      const content = text.slice(block.start, block.end).trim();
      const next = blocks[k + 1];
      let last: Line | null = null;
      if (SPONSORED_HEADING.test(content)) {
        if (!next) last = block;
        else if (phraseCount(text.slice(next.start, next.end)) >= 1) last = next;
      } else {
        const needed = SPONSORED_INLINE_HEADING.test(content) ? 1 : 2;
        if (phraseCount(content) >= needed) last = block;
      }
      if (last === null) continue;
      findings.push(notice(text, block, last));
      if (last === next) k++;
    }
    return findings;
  },
};

const ANY_PHRASE = new RegExp(SPONSORED_PHRASES.map(({ pattern }) => pattern.source).join('|'), 'i');

/** How many different notice phrases a paragraph uses; one pattern id counts once. */
export function phraseCount(paragraph: string): number {
  if (!ANY_PHRASE.test(paragraph)) return 0;
  const ids = new Set<string>();
  for (const { id, pattern } of SPONSORED_PHRASES) if (pattern.test(paragraph)) ids.add(id);
  return ids.size;
}

function notice(text: string, first: Line, last: Line): StepFinding {
  const removed = text.slice(first.start, last.end);
  return {
    edit: { start: first.start, end: last.next, insert: '' },
    signal: {
      code: 'sponsored-content',
      severity: 'warning',
      detail: `Sponsored or disclaimer notice removed: "${firstWords(removed)}"`,
    },
  };
}
