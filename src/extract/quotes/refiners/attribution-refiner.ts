import type { Span } from '../../../model/index.js';
import { leadStart } from '../matchers/mark-matcher.js';
import { paragraphIndexAt, tokenAtOrAfter } from '../quote-input.js';
import type { QuoteInput, QuoteRefiner } from '../quote-input.js';
import { CUE_FILLERS } from '../lexicon/cue-verbs.js';
import { PHRASE_BREAKS } from '../lexicon/speaker-words.js';
import { cueSpan, isCue, speakerAfter, speakerBefore } from '../speaker-phrase.js';
import { speakerBeforeWide, withApposition } from '../speaker-extent.js';

/** How many tokens after a closing mark the attribution may take: `," a senior EU official recently stated`. */
const AFTER_WINDOW = 25;
/** After a stop, a question or an exclamation the next words may be a new sentence: `"…?" Clinton said.` only. */
const SHORT_WINDOW = 8;
const DASHES: ReadonlySet<string> = new Set(['―', '—', '–']);

/**
 * Finds the cue and the speaker's words for quotes in marks. First after the closing mark
 * (`"…," Trump stated`, `"…," said Caddell`, `"…" ― Name`; after a quote ending in a stop only a short
 * attribution with no comma, since a new sentence may start there), then before the opening mark in the reporter's sentence
 * (`He stated, "…"`, `Zelensky has warned that … a "springboard …"`). A participle after a comma
 * ("Lavrov expressed optimism, stating, …") takes the sentence's subject. Speakers are resolved later.
 */
export const attributionRefiner: QuoteRefiner = (candidates, input) =>
  candidates.map((candidate) => {
    if (candidate.marked === null || candidate.cue !== null) return candidate;
    const found =
      after(input, candidate.marked) ?? before(input, candidate.marked, candidate.kind === 'partial');
    return found ? { ...candidate, cue: found.cue, speakerPhrase: found.speaker } : candidate;
  });

interface Attribution {
  cue: Span | null;
  speaker: Span | null;
}

function paragraphTokenEnd(input: QuoteInput, at: number): number {
  const paragraph = input.paragraphs[paragraphIndexAt(input.paragraphs, at)];
  return paragraph ? tokenAtOrAfter(input.tokens, paragraph.span.end) : input.tokens.length;
}

function after(input: QuoteInput, marked: Span): Attribution | null {
  const ceiling = paragraphTokenEnd(input, marked.start);
  const last = input.text
    .slice(marked.start, marked.end)
    .replace(/["“”'’\s]+$/u, '')
    .slice(-1);
  const strict = last === '.' || last === '?' || last === '!';
  const window = strict ? SHORT_WINDOW : AFTER_WINDOW;
  let index = tokenAtOrAfter(input.tokens, marked.end);
  if (DASHES.has(input.words[index] ?? '')) return dashed(input, index, ceiling);
  while (input.words[index] === ',') index += 1;
  const first = index;
  let depth = 0;
  let apposition = false;
  while (index < ceiling && index - first < window) {
    const word = input.words[index]!;
    depth += word === '(' ? 1 : word === ')' ? -1 : 0;
    if (depth > 0 || word === ')') {
      index += 1;
      continue;
    }
    if (isCue(input, index)) {
      if (index === first) {
        const speaker = speakerAfter(input, index, ceiling);
        return speaker
          ? { cue: cueSpan(input, index), speaker: withApposition(input, speaker, ceiling) }
          : null;
      }
      let last = index - 1;
      while (last > first && CUE_FILLERS.has(input.words[last]!)) last -= 1;
      const speaker = { start: input.tokens[first]!.span.start, end: input.tokens[last]!.span.end };
      return { cue: cueSpan(input, index), speaker };
    }
    if (/^[.!?:;"“”]$/u.test(word) && !abbreviationStop(input, index)) return null;
    if (!apposition && !speakerWord(input, index)) return null;
    if (word === ',' && strict) return null;
    if (word === ',' && index > first) apposition = true;
    index += 1;
  }
  return null;
}

/** The stop of an abbreviation inside a name or apposition: "R-Ky.,", "(D-Wis.)". */
function abbreviationStop(input: QuoteInput, index: number): boolean {
  const token = input.tokens[index]!;
  const previous = input.tokens[index - 1];
  const next = input.text[token.span.end];
  return (
    input.words[index] === '.' && previous?.span.end === token.span.start && (next === ',' || next === ')')
  );
}

/** A word that can stand in a speaker's words before the cue: a name, a noun phrase word, a filler. */
function speakerWord(input: QuoteInput, index: number): boolean {
  const word = input.words[index]!;
  const token = input.tokens[index]!;
  if (input.mentionOfToken[index] || CUE_FILLERS.has(word) || word === ',') return true;
  if (/^\p{Lu}/u.test(input.text[token.span.start] ?? '') && !PHRASE_BREAKS.has(word)) return true;
  if (PHRASE_BREAKS.has(word)) return false;
  if (['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON', 'AUX'].includes(token.pos)) return true;
  return token.pos === 'ADP' && ['NOUN', 'PROPN'].includes(input.tokens[index - 1]?.pos ?? '');
}

/** `"…" ― Name`: a dash and a name closing the paragraph or sentence; the dash is the cue. */
function dashed(input: QuoteInput, dash: number, ceiling: number): Attribution | null {
  const speaker = speakerAfter(input, dash, ceiling);
  if (!speaker) return null;
  const next = tokenAtOrAfter(input.tokens, speaker.end);
  if (next < ceiling && !/^[.!?]$/u.test(input.words[next]!)) return null;
  return { cue: input.tokens[dash]!.span, speaker };
}

function before(input: QuoteInput, marked: Span, partial: boolean): Attribution | null {
  const start = leadStart(input.text, input.paragraphs, marked.start);
  const floor = tokenAtOrAfter(input.tokens, start);
  const cues: number[] = [];
  for (let index = tokenAtOrAfter(input.tokens, marked.start) - 1; index >= floor; index -= 1) {
    if (isOpeningMarkAt(input, index)) break;
    if (isCue(input, index)) cues.push(index);
  }
  const cue = cues[0];
  if (cue === undefined && input.words[floor] === 'according' && input.words[floor + 1] === 'to') {
    const open = tokenAtOrAfter(input.tokens, marked.start);
    const cueWords = { start: input.tokens[floor]!.span.start, end: input.tokens[floor + 1]!.span.end };
    return { cue: cueWords, speaker: speakerAfter(input, floor + 1, open) };
  }
  if (cue === undefined) return colonLead(input, floor, marked.start);
  const participle = input.words[cue]!.endsWith('ing') && input.words[cue - 1] === ',';
  if (cue === floor && input.words[tokenAtOrAfter(input.tokens, marked.start) - 1] === ':') {
    return {
      cue: cueSpan(input, cue),
      speaker: speakerAfter(input, cue, tokenAtOrAfter(input.tokens, marked.start)),
    };
  }
  const speaker = participle
    ? (subject(input, floor, cue) ?? (cues[1] === undefined ? null : speakerBefore(input, cues[1], floor)))
    : (speakerBeforeWide(input, cue, floor) ??
      (partial ? earlierSpeaker(input, cues, floor) : null) ??
      subject(input, floor, cue));
  return { cue: cueSpan(input, cue), speaker };
}

/**
 * `The ministry said …, and thanked both sides for their "goodwill."`: in a partial quote, a cue after
 * "and"/"but" with no speaker of its own shares the speaker of the cue before it. Partial quotes only:
 * for direct quotes it made no difference on PolNeAR train.
 */
function earlierSpeaker(input: QuoteInput, cues: readonly number[], floor: number): Span | null {
  const [cue, earlier] = cues;
  if (cue === undefined || earlier === undefined || !/^(and|but)$/u.test(input.words[cue - 1] ?? ''))
    return null;
  return speakerBeforeWide(input, earlier, floor);
}

/** A closing mark of an earlier quote in the same sentence ends the search: its cue is its own. */
function isOpeningMarkAt(input: QuoteInput, index: number): boolean {
  return /^["“”]$/u.test(input.words[index]!);
}

/** The sentence's subject: a person or organisation named, or a pronoun, among its first six tokens. */
function subject(input: QuoteInput, floor: number, ceiling: number): Span | null {
  for (let index = floor; index < Math.min(ceiling, floor + 6); index += 1) {
    const mention = input.mentionOfToken[index];
    if (mention && (mention.kind === 'person' || mention.kind === 'organisation')) return mention.span;
    if (input.tokens[index]!.pos === 'PRON' && /^(he|she|they)$/u.test(input.words[index]!))
      return input.tokens[index]!.span;
  }
  return null;
}

/** `Greta Holm, the mayor, summed it up: "…"`: no verb of saying, but a colon after the subject. */
function colonLead(input: QuoteInput, floor: number, open: number): Attribution | null {
  if (!/:\s*$/u.test(input.text.slice(input.tokens[floor]?.span.start ?? open, open))) return null;
  const speaker = subject(input, floor, tokenAtOrAfter(input.tokens, open));
  return speaker ? { cue: null, speaker } : null;
}
