import type { Span } from '../../../model/index.js';
import { tokenAtOrAfter } from '../quote-input.js';
import type { QuoteCandidate, QuoteInput, QuoteMatcher } from '../quote-input.js';
import { ADDRESSEE_LEMMAS, CLAIM_NOUNS, CUE_FORMS } from '../lexicon/cue-verbs.js';
import {
  actionClause,
  colonLabel,
  isActionForm,
  nominalClaim,
  parenthetical,
  participleClause,
} from './indirect-forms.js';
import { cueSpan, isCue, particle, speakerAfter } from '../speaker-phrase.js';
import { speakerBeforeWide, withApposition } from '../speaker-extent.js';
import { findApostropheStretches } from './quote-marks.js';
import { afterStatementTime, passive, pastSetting } from './statement-setting.js';

/** Fewest tokens reported speech needs: "he denied it" is not a statement worth a record. */
const MIN_CONTENT = 3;
/** Most tokens after a cue (or the speaker words after it) that ends its sentence: `…, sources said on Monday.` */
const TAIL = 8;
const MARK = /^["“”‘’']/u;

/**
 * Reported speech without marks, sentence by sentence: `X said (that) …`, `X warned/urged/denied …`,
 * `X described the talks as …` (speaker before the cue, content after), and any verb with a "that"
 * clause (`Trump charges that …`); `…, sources said.` and
 * `…, said X.` (content first); `according to X, …` and `…, according to X`. Cues inside quotation marks
 * are skipped. Content follows PolNeAR: "that" included, the final stop left out.
 */
export const indirectMatcher: QuoteMatcher = (input, quoted) => {
  const found: QuoteCandidate[] = [];
  const marks = quoted
    .flatMap((q) => (q.marked ? [q.marked] : []))
    .concat(
      findApostropheStretches(
        input.text,
        input.paragraphs.map((p) => p.span),
      ),
    )
    .sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const sentence of input.sentences) {
    const floor = tokenAtOrAfter(input.tokens, sentence.span.start);
    const ceiling = tokenAtOrAfter(input.tokens, sentence.span.end);
    for (let index = floor; index < ceiling; index += 1) {
      const at = input.tokens[index]!.span.start;
      while (cursor < marks.length && marks[cursor]!.end <= at) cursor += 1;
      if (cursor < marks.length && marks[cursor]!.start <= at) continue;
      if (
        !CUE_FORMS.has(input.words[index]!) &&
        input.words[index] !== 'according' &&
        !CLAIM_NOUNS.has(input.words[index]!) &&
        input.words[index + 1] !== 'that' &&
        !isActionForm(input.words[index]!) &&
        input.words[index] !== ':'
      )
        continue;
      const candidate =
        according(input, index, floor, ceiling) ??
        parenthetical(input, index, floor, ceiling) ??
        nominalClaim(input, index, floor, ceiling) ??
        (isCue(input, index)
          ? (contentFirst(input, index, floor, ceiling) ?? speakerFirst(input, index, floor, ceiling))
          : null) ??
        participleClause(input, index, floor, ceiling) ??
        thatClause(input, index, floor, ceiling) ??
        colonLabel(input, index, floor, ceiling) ??
        actionClause(input, index, floor, ceiling);
      if (candidate) found.push(candidate);
    }
  }
  return found;
};

/** A reported-speech candidate with its cue and speaker words. */
export function indirect(span: Span, cue: Span, speakerPhrase: Span | null, matcher: string): QuoteCandidate {
  return {
    span,
    marked: null,
    kind: 'indirect',
    speaker: null,
    cue,
    date: null,
    dateBasis: 'unknown',
    matcher,
    speakerPhrase,
  };
}

/** The content from token `first` to the sentence's end, without the final stop; null when too short or quoted. */
export function contentTo(input: QuoteInput, first: number, stop: number): Span | null {
  const last = beforeNextCue(input, first, stop);
  if (last - first + 1 < MIN_CONTENT) return null;
  const start = input.tokens[first]!.span.start;
  let end = input.tokens[last]!.span.end;
  let index = last;
  while (index > first && /^[.!?;:,|]$/u.test(input.words[index]!)) end = input.tokens[--index]!.span.end;
  if (MARK.test(input.text.slice(start, start + 1)) || /^[,:;]/u.test(input.words[first]!)) return null;
  return index - first + 1 >= MIN_CONTENT ? { start, end } : null;
}

/**
 * The last token of content that runs from `first` to `stop`, cut before a participle of saying after a
 * comma (`…, adding that …`, `…, telling reporters …`): that participle opens an attribution of its own
 * (`matcher/participle`), as PolNeAR marks it, and its content is not the first cue's.
 */
function beforeNextCue(input: QuoteInput, first: number, stop: number): number {
  for (let index = first + 1; index < stop; index += 1) {
    if (input.words[index] !== ',') continue;
    const next = input.words[index + 1]!;
    if (next.endsWith('ing') && CUE_FORMS.has(next) && isCue(input, index + 1)) return index - 1;
  }
  return stop;
}

function speakerFirst(input: QuoteInput, cue: number, floor: number, ceiling: number): QuoteCandidate | null {
  if (passive(input, cue)) return null;
  const speaker = speakerBeforeWide(input, cue, floor);
  if (!speaker) return null;
  let first = afterStatementTime(input, particle(input, cue) ? cue + 2 : cue + 1);
  if (input.mentionOfToken[first] && input.words[first + 1] !== 'as') {
    const mention = input.mentionOfToken[first]!;
    if (input.words[tokenAtOrAfter(input.tokens, mention.span.end)] === 'that')
      first = tokenAtOrAfter(input.tokens, mention.span.end);
  }
  first = pastAddressee(input, cue, first, ceiling);
  first = pastSetting(input, first, ceiling);
  if (first < 0) return null;
  const content = contentTo(input, first, ceiling - 1);
  return content ? indirect(content, cueSpan(input, cue), speaker, 'matcher/indirect') : null;
}

/** Most tokens in the addressee of a cue before its "that": "told reporters outside the hall that …". */
const ADDRESSEE_SPAN = 6;

/**
 * Skips the addressee of a cue that takes one (`ADDRESSEE_LEMMAS`: "told reporters outside the hall that
 * …", "assured him that …"): the content starts at "that", as PolNeAR marks it. Only when "that" comes
 * within `ADDRESSEE_SPAN` tokens with no punctuation, a verb or another "that" before it.
 */
function pastAddressee(input: QuoteInput, cue: number, first: number, ceiling: number): number {
  if (!ADDRESSEE_LEMMAS.has(CUE_FORMS.get(input.words[cue]!) ?? '')) return first;
  for (let index = first + 1; index < Math.min(ceiling, first + ADDRESSEE_SPAN); index += 1) {
    if (input.words[index] === 'that') return index;
    if (/^\p{P}/u.test(input.words[index]!) || ['VERB', 'AUX'].includes(input.tokens[index]!.pos)) break;
  }
  return first;
}

function contentFirst(input: QuoteInput, cue: number, floor: number, ceiling: number): QuoteCandidate | null {
  let comma = cue - 1;
  const inverted = input.words[comma] === ',';
  if (inverted && input.words[cue]!.endsWith('ing')) return null;
  const found = inverted ? speakerAfter(input, cue, ceiling) : speakerBeforeWide(input, cue, floor);
  if (!found) return null;
  const speaker = inverted ? withApposition(input, found, ceiling) : found;
  const end = Math.max(speaker.end, input.tokens[cue]!.span.end);
  const after = tokenAtOrAfter(input.tokens, end);
  const participleNext = input.words[after - 1] === ',' && isCue(input, after);
  if (!participleNext && (ceiling - after > TAIL || !endsSentence(input, end, ceiling))) return null;
  if (input.words[comma] !== ',') comma = tokenAtOrAfter(input.tokens, speaker.start) - 1;
  if (input.words[comma] !== ',' || comma - floor < MIN_CONTENT) return null;
  const content = contentTo(input, floor, comma - 1);
  return content ? indirect(content, cueSpan(input, cue), speaker, 'matcher/indirect-content-first') : null;
}

/** Whether only a time and punctuation follow offset `end` in the sentence: `…, officials said on Monday.` */
function endsSentence(input: QuoteInput, end: number, ceiling: number): boolean {
  const next = afterStatementTime(input, tokenAtOrAfter(input.tokens, end));
  return next >= ceiling || /^[.!?;,]$/u.test(input.words[next]!);
}

/** "according to X, …" and "…, according to X." */
function according(input: QuoteInput, index: number, floor: number, ceiling: number): QuoteCandidate | null {
  if (input.words[index] !== 'according' || input.words[index + 1] !== 'to') return null;
  const speaker = sourceAfter(input, index + 2, ceiling);
  if (!speaker) return null;
  const cue = { start: input.tokens[index]!.span.start, end: input.tokens[index + 1]!.span.end };
  const after = tokenAtOrAfter(input.tokens, speaker.end);
  const content =
    index === floor && input.words[after] === ','
      ? contentTo(input, after + 1, ceiling - 1)
      : /^[,—–(]$/u.test(input.words[index - 1] ?? '')
        ? contentTo(input, floor, index - 2)
        : index > floor
          ? contentTo(input, floor, index - 1)
          : null;
  return content ? indirect(content, cue, speaker, 'matcher/according-to') : null;
}

/**
 * The source after "according to": everything up to the next comma, dash or bracket or the sentence's end,
 * as PolNeAR marks it ("according to exit polls conducted for the networks by Edison Research").
 */
function sourceAfter(input: QuoteInput, first: number, ceiling: number): Span | null {
  let last = first - 1;
  while (last + 1 < ceiling && !/^[,;:.!?()—–"“”]$/u.test(input.words[last + 1]!)) last += 1;
  if (last < first || (last === first && input.tokens[first]!.pos === 'DET')) return null;
  return { start: input.tokens[first]!.span.start, end: input.tokens[last]!.span.end };
}

/** Any verb with a "that" clause and a speaker before it: "Trump charges that …", "she hopes that …". */
function thatClause(input: QuoteInput, verb: number, floor: number, ceiling: number): QuoteCandidate | null {
  if (input.tokens[verb]!.pos !== 'VERB' || input.words[verb + 1] !== 'that') return null;
  const found = speakerFirst(input, verb, floor, ceiling);
  return found ? { ...found, matcher: 'matcher/that-clause' } : null;
}
