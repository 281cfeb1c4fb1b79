import type { Span, Token } from '../../../model/index.js';
import { alignTokens } from '../align-tokens.js';
import { loadWink } from '../load-wink.js';
import { isWhitespace } from '../is-whitespace.js';
import { maskLongRuns } from '../mask-long-runs.js';

/** The tag of a token wink never saw: a run too long to give it (see `mask-long-runs.ts`). */
const UNREAD_TAG = 'X';

/** A token that is only whitespace: wink emits one for a tab, tagged SPACE. Such tokens are dropped. */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) if (!isWhitespace(value.charCodeAt(i))) return false;
  return true;
}

/** What wink finds in one paragraph: its tokens and its sentences, both with spans into the full text. */
export interface WinkReading {
  tokens: Token[];
  sentences: Span[];
}

/**
 * Runs wink over one paragraph (`span` of `text`) and returns its tokens, with universal part-of-speech
 * tags, and its sentence boundaries, as spans into `text`. wink reports positions as token indexes, so
 * token spans are recomputed by {@link alignTokens} and sentence spans are read off the tokens: they begin
 * and end on token edges and never leave the paragraph. A run too long for wink becomes one token tagged
 * "X"; whitespace tokens (tabs) are dropped, so every token covers text.
 */
export function winkMatcher(text: string, span: Span): WinkReading {
  const nlp = loadWink();
  const its = nlp.its;
  const masked = maskLongRuns(text.slice(span.start, span.end));
  const doc = nlp.readDoc(masked.text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  const local = alignTokens(masked.text, values, spaces);
  const tokens: Token[] = new Array<Token>(local.length);
  let run = 0;
  for (let i = 0; i < local.length; i += 1) {
    const at = local[i] as Span;
    const long = masked.runs[run];
    const unread = long !== undefined && long.start === at.start;
    const end = unread ? long.end : at.end;
    if (unread) run += 1;
    tokens[i] = {
      span: { start: at.start + span.start, end: end + span.start },
      pos: unread ? UNREAD_TAG : (tags[i] ?? UNREAD_TAG),
    };
  }
  const sentences = sentenceSpans(doc.sentences().out(its.span) as unknown, tokens);
  const kept = tokens.filter((token, i) => token.span.end > token.span.start && !isBlank(values[i] ?? ''));
  return { tokens: kept, sentences };
}

/** Converts wink's `[firstToken, lastToken]` pairs to character spans, skipping empty or invalid pairs. */
function sentenceSpans(pairs: unknown, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const pair of pairs as Array<[number, number]>) {
    const first = tokens[pair[0]];
    const last = tokens[pair[1]];
    if (first !== undefined && last !== undefined && last.span.end > first.span.start) {
      spans.push({ start: first.span.start, end: last.span.end });
    }
  }
  return spans;
}
