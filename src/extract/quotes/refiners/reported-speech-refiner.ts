import { UNNAMED_HEADS } from '../lexicon/speaker-words.js';
import type { QuoteRefiner } from '../quote-input.js';

/**
 * Keeps reported speech only when someone speaks: a name, a pronoun, a title, a document, or an unnamed
 * source ("officials", "a spokesman"). "The talks underscore …" and "the conflict echoes …" are not
 * statements. Reported speech that runs into a direct quote ("expressed optimism, stating, '…'") is
 * dropped: the quote is the statement.
 */
export const reportedSpeechRefiner: QuoteRefiner = (candidates, input) => {
  const direct = candidates.filter((c) => c.marked !== null && c.kind === 'direct');
  return candidates.filter((candidate) => {
    if (candidate.kind !== 'indirect') return true;
    const speaker = candidate.speaker;
    if (!speaker) return false;
    if (speaker.via === 'description') {
      const words = input.text
        .slice(speaker.span?.start ?? 0, speaker.span?.end ?? 0)
        .toLowerCase()
        .split(/\s+/u);
      if (!UNNAMED_HEADS.has(words[words.length - 1] ?? '')) return false;
    }
    const { start, end } = candidate.span;
    return !direct.some((d) => d.marked!.start < end && start < d.marked!.end);
  });
};
