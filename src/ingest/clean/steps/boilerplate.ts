import type { CleaningStep, StepFinding } from '../cleaning-step.js';
import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.js';
import { firstWords, splitLines } from '../lines.js';

/**
 * Removes whole lines, with their line break, that are page furniture rather than article text ("Read
 * More: …", "Share this article", newsletter and cookie prompts, ad labels, copyright lines), as listed in
 * `lexicon/boilerplate.ts`. Only whole lines go: a sentence that mentions a newsletter inside a paragraph
 * is never touched. Each removed line is one `boilerplate` signal.
 */
export const boilerplate: CleaningStep = {
  name: 'boilerplate',
  find(text) {
    const findings: StepFinding[] = [];
    for (const line of splitLines(text)) {
      const content = text.slice(line.start, line.end).trim();
      if (content.length === 0) continue;
      const id = boilerplateKind(content);
      if (id === null) continue;
      findings.push({
        edit: { start: line.start, end: line.next, insert: '' },
        signal: {
          code: 'boilerplate',
          severity: 'info',
          detail: `Boilerplate line (${id}) removed: "${firstWords(content)}"`,
        },
      });
    }
    return findings;
  },
};

/** The lexicon id of the first pattern a trimmed line matches, or null when it reads as article text. */
export function boilerplateKind(line: string): string | null {
  for (const { id, pattern, maxLength } of BOILERPLATE_PATTERNS) {
    if (line.length <= maxLength && pattern.test(line)) return id;
  }
  return null;
}
