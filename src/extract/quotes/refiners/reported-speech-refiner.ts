import { CUE_FORMS, STRONG_LEMMAS } from '../lexicon/cue-verbs.js';
import { NOT_SPEAKERS, UNNAMED_HEADS } from '../lexicon/speaker-words.js';
import type { QuoteRefiner } from '../quote-input.js';

/**
 * Keeps reported speech only when someone speaks: a name, a pronoun, a title, a document, or an unnamed
 * source ("officials", "a spokesman"), or any noun phrase before a plain verb of saying ("the bank said",
 * `STRONG_LEMMAS`). "The talks underscore …" and "the conflict echoes …" are not statements. Reported speech that runs into a direct quote ("expressed optimism, stating, '…'") is
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
      const cue = candidate.cue ? input.text.slice(candidate.cue.start, candidate.cue.end).toLowerCase() : '';
      const first = cue.split(/\s+/u)[0] ?? '';
      const strong = STRONG_LEMMAS.has(CUE_FORMS.get(first) ?? first);
      const head = words[words.length - 1] ?? '';
      if (NOT_SPEAKERS.has(head) || (!strong && !UNNAMED_HEADS.has(head))) return false;
    }
    const { start, end } = candidate.span;
    return !direct.some((d) => d.marked!.start < end && start < d.marked!.end);
  });
};
