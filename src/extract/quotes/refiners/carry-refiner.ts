import type { QuoteCandidate, QuoteInput, QuoteRefiner } from '../quote-input.js';
import { paragraphIndexAt, tokenAtOrAfter } from '../quote-input.js';
import { cueSpan, isCue, speakerBefore } from '../speaker-phrase.js';
import { resolveSpeaker } from './speaker-refiner.js';

/**
 * Gives a speaker to direct quotes that have none beside them. The second half of a split quote
 * (`"…," he said. "…"`, or `"…," he said, "…"`) takes the speaker and cue of the first: we keep two quotes, one per stretch of
 * marks, so each span is exactly the words quoted. A paragraph that is only a quote takes the speaker of
 * a previous paragraph ending in a colon ("Caddell continued:"), or of the previous paragraph's last quote.
 */
export const carryRefiner: QuoteRefiner = (candidates, input) => {
  const out: QuoteCandidate[] = [];
  let previous: QuoteCandidate | undefined;
  for (const candidate of candidates) {
    let next = candidate;
    if (candidate.marked !== null && candidate.kind === 'direct' && candidate.speaker === null) {
      next = carried(candidate, previous, input) ?? candidate;
    } else if (candidate.marked !== null && previous?.speaker && sameCue(previous, candidate)) {
      const kind = candidate.kind === 'direct' || afterComma(input, candidate) ? 'direct' : candidate.kind;
      next = { ...candidate, kind, speaker: { ...previous.speaker, span: null, via: 'carried' } };
    }
    out.push(next);
    if (next.marked !== null && next.speaker) previous = next;
  }
  return out;
};

/** `"…," he said, "…"`: the second half shares the first's cue. */
function sameCue(previous: QuoteCandidate, candidate: QuoteCandidate): boolean {
  return previous.cue !== null && candidate.cue !== null && previous.cue.start === candidate.cue.start;
}

/**
 * The second half of `"…," he said, "…"` follows a comma; a fragment inside the reporter's words
 * (`X called it "…" and "…"`) does not, and stays partial.
 */
function afterComma(input: QuoteInput, candidate: QuoteCandidate): boolean {
  return /,\s*$/u.test(input.text.slice(Math.max(0, candidate.marked!.start - 3), candidate.marked!.start));
}

function carried(
  candidate: QuoteCandidate,
  previous: QuoteCandidate | undefined,
  input: QuoteInput,
): QuoteCandidate | null {
  const marked = candidate.marked!;
  const here = paragraphIndexAt(input.paragraphs, marked.start);
  const paragraph = input.paragraphs[here];
  const previousParagraph = previous ? paragraphIndexAt(input.paragraphs, previous.marked!.end - 1) : -2;
  if (previous?.speaker && previousParagraph === here) {
    return { ...candidate, speaker: { ...previous.speaker, span: null, via: 'carried' }, cue: previous.cue };
  }
  if (!paragraph || paragraph.span.start !== marked.start) return null;
  const colon = colonAttribution(input, here - 1);
  if (colon) return { ...candidate, ...colon };
  if (previous?.speaker && previousParagraph === here - 1 && endsParagraph(input, previous, here - 1)) {
    return { ...candidate, speaker: { ...previous.speaker, span: null, via: 'carried' }, cue: null };
  }
  return null;
}

function endsParagraph(input: QuoteInput, quote: QuoteCandidate, index: number): boolean {
  const paragraph = input.paragraphs[index];
  return (
    paragraph !== undefined && input.text.slice(quote.marked!.end, paragraph.span.end).trim().length < 80
  );
}

/** "Caddell continued:" as the whole previous paragraph, or its end. */
function colonAttribution(input: QuoteInput, index: number): Pick<QuoteCandidate, 'speaker' | 'cue'> | null {
  const paragraph = input.paragraphs[index];
  if (!paragraph || !input.text.slice(paragraph.span.start, paragraph.span.end).trimEnd().endsWith(':'))
    return null;
  const floor = tokenAtOrAfter(input.tokens, paragraph.span.start);
  for (let token = tokenAtOrAfter(input.tokens, paragraph.span.end) - 1; token >= floor; token -= 1) {
    if (!isCue(input, token)) continue;
    const phrase = speakerBefore(input, token, floor);
    return { cue: cueSpan(input, token), speaker: phrase ? resolveSpeaker(input, phrase) : null };
  }
  return null;
}
