import type { Span } from '../../../model/index.js';
import { CUE_FORMS } from '../lexicon/cue-verbs.js';
import { UNNAMED_HEADS } from '../lexicon/speaker-words.js';
import { resolveSpeaker } from '../refiners/speaker-refiner.js';
import { isActionForm } from '../matchers/indirect-forms.js';
import { contentTo, indirect } from '../matchers/indirect-matcher.js';
import { findApostropheStretches } from '../matchers/quote-marks.js';
import { passive, pastSetting } from '../matchers/statement-setting.js';
import { paragraphIndexAt, tokenAtOrAfter } from '../quote-input.js';
import type { QuoteCandidate, QuoteInput } from '../quote-input.js';
import { cueSpan } from '../speaker-phrase.js';
import { speakerBeforeWide } from '../speaker-extent.js';

/** A verb the rules left alone, with the reported speech it would open and the features the model reads. */
export interface Clause {
  /** Token index of the verb. */
  verb: number;
  candidate: QuoteCandidate;
  features: string[];
}

/** Upper bounds of the buckets a count falls in: 0, 1, 2, 3, 4–5, 6–8, 9–12, 13–20, more. */
const BUCKETS = [0, 1, 2, 3, 5, 8, 12, 20];
const bucket = (n: number): number => BUCKETS.find((b) => n <= b) ?? 99;
const MARK = /^["“”‘’']|''/u;
/** Tags skipped between the speaker words and the verb: "might be asking", "relentlessly referring". */
const AUXILIARY = /^(AUX|ADV|PART)$/u;

/**
 * Where the speaker words must end for the verb at `verb`: before the auxiliaries, adverbs and particles
 * right before it ("might be asking", "relentlessly referring", "is more likely to support"), not
 * before "to" alone ("wants to support" has no speaker of its own).
 */
function subjectEnd(input: QuoteInput, verb: number, floor: number): number {
  let at = verb;
  for (;;) {
    const word = input.words[at - 1] ?? '';
    const likely = (word === 'to' && input.words[at - 2] === 'likely') || word === 'likely';
    if (at - 1 <= floor || !(likely || (AUXILIARY.test(input.tokens[at - 1]!.pos) && word !== 'to')))
      return at;
    at -= 1;
  }
}

/** Whether the sentence is a title-case heading: "Trump Just Responded To Rubio's Attack". */
function titleCase(input: QuoteInput, floor: number, ceiling: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let index = floor; index < ceiling; index += 1) {
    const first = input.text[input.tokens[index]!.span.start]!;
    if (!/\p{L}/u.test(first) || input.words[index]!.length < 4) continue;
    words += 1;
    if (/\p{Lu}/u.test(first)) capitals += 1;
  }
  return words >= 3 && capitals === words;
}

/**
 * The `h:` feature of speaker words that only describe ("the talks", "the ferry", "voters"): not a name, a
 * pronoun, a title, a document or an unnamed source head ("officials"); null for those.
 * `reportedSpeechRefiner` does not let such words speak; the clause model lets them only when its own
 * weight for the head word is positive (the head was seen speaking on train).
 */
export function describedHead(input: QuoteInput, speaker: Span): string | null {
  if (resolveSpeaker(input, speaker).via !== 'description') return null;
  let last = tokenAtOrAfter(input.tokens, speaker.end) - 1;
  if (input.words[last] === ',') last -= 1;
  const word = input.words[last] ?? '';
  return UNNAMED_HEADS.has(word) || input.mentionOfToken[last] ? null : `h:${word}`;
}

/** A crude stem shared by a verb's forms: "slams", "slammed", "slamming" → "slam". */
function stem(word: string): string {
  const cut = word.replace(/(?:ing|ed|es|s)$/u, '');
  const base = cut.length >= 3 ? cut : word;
  return base.length > 3 && base.at(-1) === base.at(-2) ? base.slice(0, -1) : base;
}

/**
 * Whether a clause lies between two quotes in marks of its paragraph (`"…," said Lind, who left early.
 * "…"`): the second may carry the first's speaker, and an attribution between them would split the pair.
 */
function betweenQuotes(input: QuoteInput, clause: Span, marks: readonly Span[]): boolean {
  const paragraph = input.paragraphs[paragraphIndexAt(input.paragraphs, clause.start)]?.span;
  if (!paragraph) return false;
  const inside = (m: Span): boolean => m.start >= paragraph.start && m.end <= paragraph.end;
  return (
    marks.some((m) => inside(m) && m.end <= clause.start) &&
    marks.some((m) => inside(m) && m.start >= clause.end)
  );
}

/**
 * The candidate clauses of a document: every verb (wink tags it `VERB`) outside quotes in marks and
 * outside what the rules kept (`quoted`: the candidates after `reportedSpeechRefiner`), not passive, with
 * speaker words right before it (`speakerBeforeWide`, read past auxiliaries and adverbs, `subjectEnd`)
 * and at least three tokens of content after it (the rest of the sentence, a setting skipped, stopping
 * before the next attribution the rules kept; `contentTo`): `Lind likened the harbour plan to a bridge
 * to nowhere`. Not a listed cue right after its speaker words (the rules turned it down), not a
 * capitalised verb outside a title-case heading, not between two quotes of a paragraph. Each comes with
 * its features: lower-case word forms and tags around the verb and of the speaker's head (a name's kind
 * instead of its words), lengths and positions as buckets, what follows ("that", "to", a mark, a colon).
 * Pure; the same function feeds training (`scripts/quotes-train/learn-clauses.ts`) and `clauseRefiner`.
 */
export function clauses(input: QuoteInput, quoted: readonly QuoteCandidate[]): Clause[] {
  const marks: Span[] = quoted
    .flatMap((q) => (q.marked ? [q.marked] : []))
    .concat(
      findApostropheStretches(
        input.text,
        input.paragraphs.map((p) => p.span),
      ),
    );
  const taken: Span[] = quoted
    .flatMap((q) =>
      q.marked ? [] : [q.span, ...(q.cue ? [q.cue] : []), ...(q.speakerPhrase ? [q.speakerPhrase] : [])],
    )
    .sort((a, b) => a.start - b.start);
  const found: Clause[] = [];
  const speakers = new Set(quoted.flatMap((q) => (q.speaker?.entity ? [q.speaker.entity] : [])));
  input.sentences.forEach((sentence, s) => {
    const floor = tokenAtOrAfter(input.tokens, sentence.span.start);
    const ceiling = tokenAtOrAfter(input.tokens, sentence.span.end);
    let here: Span[] | null = null;
    const hits = (span: Span): boolean => {
      here ??= taken.concat(marks).filter((b) => b.start < sentence.span.end && sentence.span.start < b.end);
      return here.some((b) => b.start < span.end && span.start < b.end);
    };
    let title: boolean | null = null;
    let ruled: boolean | null = null;
    const inSentence = found.length;
    for (let verb = floor + 1; verb < ceiling - 3; verb += 1) {
      if (input.tokens[verb]!.pos !== 'VERB' || passive(input, verb)) continue;
      const capital = !/^\p{Ll}/u.test(input.text[input.tokens[verb]!.span.start]!);
      if (capital && (input.mentionOfToken[verb] || !(title ??= titleCase(input, floor, ceiling)))) continue;
      const subject = subjectEnd(input, verb, floor);
      if (subject === verb && CUE_FORMS.has(input.words[verb]!)) continue;
      const speaker = speakerBeforeWide(input, subject, floor);
      if (!speaker || hits(speaker)) continue;
      const first = pastSetting(input, verb + 1, ceiling);
      if (first < 0) continue;
      const next = taken.find((b) => b.start >= input.tokens[first]!.span.end && b.start < sentence.span.end);
      let last = next ? tokenAtOrAfter(input.tokens, next.start) - 1 : ceiling - 1;
      while (last > first && /^(and|but|or|while|as|,)$/u.test(input.words[last]!)) last -= 1;
      const content = contentTo(input, first, last);
      if (!content) continue;
      const cue = cueSpan(input, verb);
      if (
        hits(cue) ||
        hits(content) ||
        betweenQuotes(input, { start: speaker.start, end: content.end }, marks)
      )
        continue;
      ruled ??= quoted.some((q) => q.span.start < sentence.span.end && sentence.span.start < q.span.end);
      const features = clauseFeatures(input, verb, speaker, content, floor, ceiling);
      features.push(
        `aux:${bucket(verb - subject)}`,
        ...input.words.slice(subject, verb).map((x) => `x:${x}`),
      );
      if (ruled) features.push('rule');
      if (capital) features.push('title');
      const verbsBefore = input.tokens.slice(floor, verb).filter((t) => t.pos === 'VERB').length;
      features.push(`vb:${bucket(verbsBefore)}`, `nth:${bucket(found.length - inSentence)}`);
      const entity = input.mentionOfToken[tokenAtOrAfter(input.tokens, speaker.end) - 1]?.entity;
      if (entity && speakers.has(entity)) features.push('quoted');
      if (s > 0 && input.sentences[s - 1]!.span.end <= sentence.span.start - 2) features.push('para');
      found.push({ verb, candidate: indirect(content, cue, speaker, 'matcher/learned-clause'), features });
    }
  });
  return found;
}

function clauseFeatures(
  input: QuoteInput,
  verb: number,
  speaker: Span,
  content: Span,
  floor: number,
  ceiling: number,
): string[] {
  const word = (at: number): string =>
    at >= floor && at < ceiling ? input.words[at]! : at < floor ? '<s>' : '</s>';
  const pos = (at: number): string => (at >= floor && at < ceiling ? input.tokens[at]!.pos : '-');
  const w = word(verb);
  const first = tokenAtOrAfter(input.tokens, speaker.start);
  const last = tokenAtOrAfter(input.tokens, speaker.end) - 1;
  const mention = input.mentionOfToken[last];
  const head = mention ? `@${mention.kind}` : word(last);
  const after = tokenAtOrAfter(input.tokens, content.end);
  const next = input.words.slice(verb + 1, Math.min(ceiling, verb + 5));
  const rest = input.words.slice(verb + 1, ceiling);
  const features = [
    `w:${w}`,
    `wp:${pos(verb)}`,
    `st:${stem(w)}`,
    `st:${stem(w)}|np1:${pos(verb + 1)}`,
    `s3:${w.slice(-3)}`,
    `s2:${w.slice(-2)}`,
    `p1:${word(verb - 1)}`,
    `pp1:${pos(verb - 1)}`,
    `n1:${word(verb + 1)}`,
    `np1:${pos(verb + 1)}`,
    `n2:${word(verb + 2)}`,
    `np2:${pos(verb + 2)}`,
    `h:${head}`,
    `hp:${pos(last)}`,
    `f:${mention ? `@${input.mentionOfToken[first]?.kind ?? pos(first)}` : word(first)}`,
    `b:${word(first - 1)}`,
    `sl:${bucket(last - first + 1)}`,
    `gap:${bucket(verb - last - 1)}`,
    `at:${bucket(first - floor)}`,
    `cl:${bucket(after - verb)}`,
    `left:${bucket(ceiling - after)}`,
    `w:${w}|h:${mention ? `@${mention.kind}` : pos(last)}`,
    `w:${w}|np1:${pos(verb + 1)}`,
    `h:${head}|np1:${pos(verb + 1)}`,
  ];
  let object = verb + 1;
  while (
    object < ceiling &&
    object < verb + 4 &&
    !['NOUN', 'PROPN', 'PRON'].includes(input.tokens[object]!.pos)
  )
    object += 1;
  const objectMention = input.mentionOfToken[object];
  features.push(
    `o:${object >= ceiling || object >= verb + 4 ? '-' : objectMention ? `@${objectMention.kind}` : pos(object)}`,
  );
  if (next.includes('that')) features.push('that4');
  if (rest.includes('that')) features.push('that');
  if (next.includes('to')) features.push('to4');
  if (rest.some((x) => MARK.test(x))) features.push('mark');
  if (rest.includes(':')) features.push('colon');
  if (rest.includes(',')) features.push('comma');
  if (CUE_FORMS.has(w)) features.push('listed');
  if (isActionForm(w)) features.push('action');
  return features;
}
