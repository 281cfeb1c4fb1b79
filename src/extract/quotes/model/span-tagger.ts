import type { Span } from '../../../model/index.js';
import { CUE_FORMS } from '../lexicon/cue-verbs.js';
import { SPEAKER_PRONOUNS, UNNAMED_HEADS } from '../lexicon/speaker-words.js';
import { isActionForm } from '../matchers/indirect-forms.js';
import { findApostropheStretches } from '../matchers/quote-marks.js';
import { paragraphIndexAt, tokenAtOrAfter } from '../quote-input.js';
import type { QuoteCandidate, QuoteInput } from '../quote-input.js';

/**
 * The span tagger's labels, one per token: outside, source (speaker words), cue, content. IO tags (no
 * B-): two spans of one kind side by side are rare in PolNeAR and read as one.
 */
export const TAGS = ['O', 'S', 'C', 'T'] as const;
export type Tag = 0 | 1 | 2 | 3;
export const O = 0;
export const S = 1;
export const C = 2;
export const T = 3;
const TAG_COUNT = TAGS.length;

/**
 * A structured perceptron over tokens, as `scripts/quotes-train/learn-spans.ts` writes it: one weight per
 * tag for each feature (integers, the averaged weights scaled), tag-to-tag transition weights (`start`:
 * from the sentence start), the trigger words a sentence must hold to be tagged, and `margin`: an
 * attribution is kept only when the best tagging scores at least this much above the best tagging without
 * its cue (chosen on train, it trades recall for precision).
 */
export interface SpanTaggerModel {
  /** Trigger words with their cue rate on train as a level 1–5 (share of their occurrences inside a cue). */
  readonly triggers: ReadonlyMap<string, number>;
  readonly start: readonly number[];
  readonly transitions: readonly number[];
  readonly margin: number;
  /** The level a trigger word must reach for its sentence to be tagged. */
  readonly sentenceLevel: number;
  /** Integers (the averaged weights times a scale, rounded). */
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

/** Upper bounds of the buckets a distance falls in. */
const BUCKETS = [0, 1, 2, 3, 4, 6, 9, 14, 20];
const bucket = (n: number): number => BUCKETS.find((b) => n <= b) ?? 99;

/** A word's shape: capitalised, lower case, digits, a quote mark, other punctuation. */
function shape(word: string, raw: string): string {
  if (/^["“”‘’']|''|``/u.test(raw)) return 'q';
  if (/^\p{Lu}/u.test(raw)) return raw.length > 1 && raw === raw.toUpperCase() ? 'A' : 'X';
  if (/^\p{Ll}/u.test(raw)) return 'x';
  if (/^\p{N}/u.test(raw)) return 'd';
  return word;
}

/** Per-token facts of a sentence read once: word, tag, shape, lexicon flags. */
interface TokenFacts {
  w: string;
  p: string;
  sh: string;
  m: string;
  lex: string;
  trigger: number;
  s3: string;
  /** Hashes of w, p, sh, s3, m, lex (`emissions`). */
  hw: Pair;
  hp: Pair;
  hsh: Pair;
  hs3: Pair;
  hm: Pair;
  hlex: Pair;
}

type Pair = readonly [number, number];

/**
 * What a token's text alone decides, with hashes: remembered by text (a cache bounded at 100,000 texts;
 * the same whatever the model, and no result depends on what it holds).
 */
interface TextFacts {
  sh: string;
  lex: string;
  s3: string;
  hw: Pair;
  hsh: Pair;
  hs3: Pair;
  hlex: Pair;
}

const textFacts = new Map<string, TextFacts>();

function factsOfText(raw: string, w: string): TextFacts {
  const known = textFacts.get(raw);
  if (known) return known;
  let lex = '-';
  if (CUE_FORMS.has(w)) lex = 'cue';
  else if (isActionForm(w)) lex = 'act';
  else if (UNNAMED_HEADS.has(w)) lex = 'unn';
  else if (SPEAKER_PRONOUNS.has(w)) lex = 'pro';
  const sh = shape(w, raw);
  const s3 = w.slice(-3);
  const facts = {
    sh,
    lex,
    s3,
    hw: hashOfValue(w),
    hsh: hashOfValue(sh),
    hs3: hashOfValue(s3),
    hlex: hashOfValue(lex),
  };
  if (textFacts.size >= 100_000) textFacts.clear();
  textFacts.set(raw, facts);
  return facts;
}

function tokenFacts(input: QuoteInput, at: number, triggers: ReadonlyMap<string, number>): TokenFacts {
  const token = input.tokens[at]!;
  const w = input.words[at]!;
  const mention = input.mentionOfToken[at];
  const m = mention ? mention.kind : '-';
  const text = factsOfText(input.text.slice(token.span.start, token.span.end), w);
  return {
    w,
    p: token.pos,
    m,
    trigger: triggers.get(w) ?? 0,
    sh: text.sh,
    lex: text.lex,
    s3: text.s3,
    hw: text.hw,
    hsh: text.hsh,
    hs3: text.hs3,
    hlex: text.hlex,
    hp: hashOfValue(token.pos),
    hm: hashOfValue(m),
  };
}

/**
 * The feature templates. A feature's name is the template's, a colon and its value (`w:said`), or for a
 * template of two values the two joined by a bar (`ldp:3|VERB`); the first value of two may be a word, the
 * second is a tag, a bucket or a level, never a word.
 */
export const TEMPLATES = [
  'b',
  'w',
  'p',
  'sh',
  's3',
  'm',
  'x',
  'w-1',
  'w+1',
  'w-2',
  'w+2',
  'p-1',
  'p+1',
  'pp',
  'pn',
  'lt',
  'rt',
  'ld',
  'rd',
  'ldp',
  'rdp',
  'ltd',
  'rtd',
  'tp',
  'lrd',
  'rrd',
  'lsp',
  'rsp',
  'lw',
  'rw',
] as const;
const PAIRS: ReadonlySet<string> = new Set([
  'pp',
  'pn',
  'ldp',
  'rdp',
  'ltd',
  'rtd',
  'tp',
  'lrd',
  'rrd',
  'lsp',
  'rsp',
]);
const T_ = Object.fromEntries(TEMPLATES.map((name, k) => [name, k])) as Record<
  (typeof TEMPLATES)[number],
  number
>;

/**
 * Receives the features of token `i`: template index and its one or two values. The training script and
 * the tests read them as strings (`sentenceFeatures`), the tagger hashes them (`emissions`).
 */
type FeatureSink = (i: number, template: number, a?: string, b?: string, ha?: Pair, hb?: Pair) => void;

/** Decimal names of small numbers, built once. */
const NUMBERS = Array.from({ length: 100 }, (_, n) => String(n));

/**
 * Calls `sink` with the features of each token of the sentence from `floor` to `ceiling` (token indices):
 * its word, tag, shape, last three letters, lexicon flag and the kind of the mention it is in; the words
 * two tokens either side and the tags one either side, tag pairs; the nearest trigger word on each side
 * (any level, and level 3 or more) with its distance and level, alone and with the token's tag. Single
 * lower-case word forms, tags and buckets only; a word is paired with a bucket or a tag at most, never
 * with another word.
 */
function featuresTo(
  input: QuoteInput,
  floor: number,
  ceiling: number,
  triggers: ReadonlyMap<string, number>,
  sink: FeatureSink,
): void {
  const n = ceiling - floor;
  const facts: TokenFacts[] = [];
  for (let at = floor; at < ceiling; at += 1) facts.push(tokenFacts(input, at, triggers));
  const word = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : facts[i]!.w);
  const pos = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : facts[i]!.p);
  const wordH = (i: number): Pair => (i < 0 ? START_H : i >= n ? END_H : facts[i]!.hw);
  const posH = (i: number): Pair => (i < 0 ? START_H : i >= n ? END_H : facts[i]!.hp);
  /** The nearest trigger word on each side of each token, of level `strong` or more. */
  const near = (strong: number, step: 1 | -1): number[] => {
    const out = new Array<number>(n);
    let last = -1;
    for (let k = 0; k < n; k += 1) {
      const i = step === 1 ? k : n - 1 - k;
      out[i] = last;
      if (facts[i]!.trigger >= strong) last = i;
    }
    return out;
  };
  const left = near(1, 1);
  const right = near(1, -1);
  const left3 = near(3, 1);
  const right3 = near(3, -1);
  for (let i = 0; i < n; i += 1) {
    const f = facts[i]!;
    const l = left[i]!;
    const r = right[i]!;
    const lt = l < 0 ? '-' : facts[l]!.w;
    const rt = r < 0 ? '-' : facts[r]!.w;
    const hlt = l < 0 ? DASH_H : facts[l]!.hw;
    const hrt = r < 0 ? DASH_H : facts[r]!.hw;
    const l3 = left3[i]!;
    const r3 = right3[i]!;
    const kls = l3 < 0 ? 99 : bucket(i - l3);
    const ls = NUMBERS[kls]!;
    const hls = NUMBER_H[kls]!;
    const krs = r3 < 0 ? 99 : bucket(r3 - i);
    const rs = NUMBERS[krs]!;
    const hrs = NUMBER_H[krs]!;
    const klr = l < 0 ? 0 : facts[l]!.trigger;
    const lr = NUMBERS[klr]!;
    const hlr = NUMBER_H[klr]!;
    const krr = r < 0 ? 0 : facts[r]!.trigger;
    const rr = NUMBERS[krr]!;
    const hrr = NUMBER_H[krr]!;
    const kld = l < 0 ? 99 : bucket(i - l);
    const ld = NUMBERS[kld]!;
    const hld = NUMBER_H[kld]!;
    const krd = r < 0 ? 99 : bucket(r - i);
    const rd = NUMBERS[krd]!;
    const hrd = NUMBER_H[krd]!;
    const ktl = f.trigger;
    const tl = NUMBERS[ktl]!;
    const htl = NUMBER_H[ktl]!;
    sink(i, T_.b);
    sink(i, T_.w, f.w, undefined, f.hw);
    sink(i, T_.p, f.p, undefined, f.hp);
    sink(i, T_.sh, f.sh, undefined, f.hsh);
    sink(i, T_.s3, f.s3, undefined, f.hs3);
    sink(i, T_.m, f.m, undefined, f.hm);
    sink(i, T_.x, f.lex, undefined, f.hlex);
    sink(i, T_['w-1'], word(i - 1), undefined, wordH(i - 1));
    sink(i, T_['w+1'], word(i + 1), undefined, wordH(i + 1));
    sink(i, T_['w-2'], word(i - 2), undefined, wordH(i - 2));
    sink(i, T_['w+2'], word(i + 2), undefined, wordH(i + 2));
    sink(i, T_['p-1'], pos(i - 1), undefined, posH(i - 1));
    sink(i, T_['p+1'], pos(i + 1), undefined, posH(i + 1));
    sink(i, T_.pp, pos(i - 1), f.p, posH(i - 1), f.hp);
    sink(i, T_.pn, f.p, pos(i + 1), f.hp, posH(i + 1));
    sink(i, T_.lt, lt, undefined, hlt);
    sink(i, T_.rt, rt, undefined, hrt);
    sink(i, T_.ld, ld, undefined, hld);
    sink(i, T_.rd, rd, undefined, hrd);
    sink(i, T_.ldp, ld, f.p, hld, f.hp);
    sink(i, T_.rdp, rd, f.p, hrd, f.hp);
    sink(i, T_.ltd, lt, ld, hlt, hld);
    sink(i, T_.rtd, rt, rd, hrt, hrd);
    sink(i, T_.tp, tl, f.p, htl, f.hp);
    sink(i, T_.lrd, lr, ld, hlr, hld);
    sink(i, T_.rrd, rr, rd, hrr, hrd);
    sink(i, T_.lsp, ls, f.p, hls, f.hp);
    sink(i, T_.rsp, rs, f.p, hrs, f.hp);
    sink(i, T_.lw, l3 < 0 ? '-' : facts[l3]!.w, undefined, l3 < 0 ? DASH_H : facts[l3]!.hw);
    sink(i, T_.rw, r3 < 0 ? '-' : facts[r3]!.w, undefined, r3 < 0 ? DASH_H : facts[r3]!.hw);
  }
}

/** The features of each token of a sentence as strings (`featuresTo`): what training reads. */
export function sentenceFeatures(
  input: QuoteInput,
  floor: number,
  ceiling: number,
  triggers: ReadonlyMap<string, number>,
): string[][] {
  const out: string[][] = Array.from({ length: ceiling - floor }, () => []);
  featuresTo(input, floor, ceiling, triggers, (i, template, a, b) => {
    const name = TEMPLATES[template]!;
    out[i]!.push(a === undefined ? name : b === undefined ? `${name}:${a}` : `${name}:${a}|${b}`);
  });
  return out;
}

/** The score of each tag for each token from its features as strings: n × 4, row by row. */
export function emissionsOf(model: SpanTaggerModel, features: readonly (readonly string[])[]): Float64Array {
  const scores = new Float64Array(features.length * TAG_COUNT);
  features.forEach((list, i) => {
    for (const f of list) {
      const w = model.weights.get(f);
      if (!w) continue;
      for (let t = 0; t < TAG_COUNT; t += 1) scores[i * TAG_COUNT + t] = scores[i * TAG_COUNT + t]! + w[t]!;
    }
  });
  return scores;
}

/**
 * A model's weights in an open-addressing table keyed by two 32-bit hashes of the feature name, so the
 * tagger looks features up without building their strings. Built once per model.
 */
interface FeatureTable {
  mask: number;
  /**
   * SLOT numbers per slot: the two hashes of its feature, 1 when taken (0: empty), a pad, and the feature's
   * weights for the four tags, so that one probe reads one cache line.
   */
  slots: Int32Array;
}

const SLOT = 8;

/** Two 32-bit hashes of a value (FNV-1a and a multiply-xorshift), remembered for the values seen. */
const valueHashes = new Map<string, Pair>();

function hashOfValue(text: string): Pair {
  const known = valueHashes.get(text);
  if (known) return known;
  let a = 0x811c9dc5 | 0;
  let b = 0x2f3a5b1d;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  const pair = [a, b] as const;
  if (valueHashes.size >= 200_000) valueHashes.clear();
  valueHashes.set(text, pair);
  return pair;
}

const START_H = hashOfValue('<s>');
const END_H = hashOfValue('</s>');
const DASH_H = hashOfValue('-');
const NUMBER_H = NUMBERS.map(hashOfValue);

/**
 * The slot of a feature (template and the hashes of its values) in the table: where it is, or the empty
 * slot where it would go. The feature's two hashes are left in `probed`.
 */
function probe(table: FeatureTable, template: number, a?: Pair, b?: Pair): number {
  let x = Math.imul(template + 1, 0x9e3779b1);
  let y = Math.imul(template + 7, 0x27d4eb2f);
  if (a !== undefined) {
    x = Math.imul(x ^ a[0], 0x85ebca6b);
    x ^= x >>> 16;
    y = Math.imul(y ^ a[1], 0xc2b2ae35);
    y ^= y >>> 15;
  }
  if (b !== undefined) {
    x = Math.imul(x ^ b[0], 0x85ebca6b);
    x ^= x >>> 16;
    y = Math.imul(y ^ b[1], 0xc2b2ae35);
    y ^= y >>> 15;
  }
  const { mask, slots } = table;
  let slot = x & mask;
  while (slots[slot * SLOT + 2] !== 0 && (slots[slot * SLOT] !== x || slots[slot * SLOT + 1] !== y))
    slot = (slot + 1) & mask;
  probed[0] = x;
  probed[1] = y;
  return slot;
}

const probed = new Int32Array(2);

/** A feature's template and values from its name (`ltd:said|3`). */
function parseFeature(name: string): [number, string?, string?] {
  const colon = name.indexOf(':');
  if (colon < 0) return [TEMPLATES.indexOf(name as (typeof TEMPLATES)[number])];
  const template = name.slice(0, colon);
  const rest = name.slice(colon + 1);
  const k = TEMPLATES.indexOf(template as (typeof TEMPLATES)[number]);
  if (!PAIRS.has(template)) return [k, rest];
  const bar = rest.lastIndexOf('|');
  return [k, rest.slice(0, bar), rest.slice(bar + 1)];
}

const tables = new WeakMap<SpanTaggerModel, FeatureTable>();

function tableOf(model: SpanTaggerModel): FeatureTable {
  const known = tables.get(model);
  if (known) return known;
  let size = 1024;
  while (size < model.weights.size * 2) size *= 2;
  const table: FeatureTable = {
    mask: size - 1,
    slots: new Int32Array(size * SLOT),
  };
  for (const [name, w] of model.weights) {
    const [template, a, b] = parseFeature(name);
    const slot = probe(
      table,
      template,
      a === undefined ? a : hashOfValue(a),
      b === undefined ? b : hashOfValue(b),
    );
    table.slots[slot * SLOT] = probed[0]!;
    table.slots[slot * SLOT + 1] = probed[1]!;
    table.slots[slot * SLOT + 2] = 1;
    for (let t = 0; t < TAG_COUNT; t += 1) table.slots[slot * SLOT + 4 + t] = Math.round(w[t]!);
  }
  tables.set(model, table);
  return table;
}

/**
 * The score of each tag for each token of the sentence from `floor` to `ceiling`: n × 4, row by row, the
 * sum of the weights of its features (`featuresTo`), looked up by hash.
 */
export function emissions(
  model: SpanTaggerModel,
  input: QuoteInput,
  floor: number,
  ceiling: number,
): Float64Array {
  const table = tableOf(model);
  const scores = new Float64Array((ceiling - floor) * TAG_COUNT);
  featuresTo(input, floor, ceiling, model.triggers, (i, template, _a, _b, ha, hb) => {
    const slot = probe(table, template, ha, hb) * SLOT;
    const slots = table.slots;
    if (slots[slot + 2] === 0) return;
    const at = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[at + t] = scores[at + t]! + slots[slot + 4 + t]!;
  });
  return scores;
}

/** The best tag sequence for emission scores (n × 4) under the start and transition weights. */
export function viterbi(
  scores: Float64Array,
  start: ArrayLike<number>,
  transitions: ArrayLike<number>,
): Tag[] {
  const n = scores.length / TAG_COUNT;
  if (n === 0) return [];
  const best = new Float64Array(n * TAG_COUNT);
  const back = new Int8Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t += 1) best[t] = start[t]! + scores[t]!;
  for (let i = 1; i < n; i += 1) {
    for (let t = 0; t < TAG_COUNT; t += 1) {
      let top = -Infinity;
      let from = 0;
      for (let u = 0; u < TAG_COUNT; u += 1) {
        const s = best[(i - 1) * TAG_COUNT + u]! + transitions[u * TAG_COUNT + t]!;
        if (s > top) {
          top = s;
          from = u;
        }
      }
      best[i * TAG_COUNT + t] = top + scores[i * TAG_COUNT + t]!;
      back[i * TAG_COUNT + t] = from;
    }
  }
  let tag = 0;
  for (let t = 1; t < TAG_COUNT; t += 1)
    if (best[(n - 1) * TAG_COUNT + t]! > best[(n - 1) * TAG_COUNT + tag]!) tag = t;
  const tags: Tag[] = new Array<Tag>(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    tags[i] = tag as Tag;
    tag = back[i * TAG_COUNT + tag]!;
  }
  return tags;
}

/** The score of a tag sequence: start, emissions and transitions. */
export function pathScore(
  scores: Float64Array,
  start: readonly number[],
  transitions: readonly number[],
  tags: readonly Tag[],
): number {
  let total = 0;
  tags.forEach((tag, i) => {
    total +=
      scores[i * TAG_COUNT + tag]! + (i === 0 ? start[tag]! : transitions[tags[i - 1]! * TAG_COUNT + tag]!);
  });
  return total;
}

/**
 * How much the best tagging scores above the best one in which the tokens from `first` to `end` are not
 * cue: the tagger's confidence in that cue.
 */
export function cueMargin(
  scores: Float64Array,
  start: readonly number[],
  transitions: readonly number[],
  tags: readonly Tag[],
  first: number,
  end: number,
): number {
  const masked = scores.slice();
  for (let i = first; i < end; i += 1) masked[i * TAG_COUNT + C] = -1e12;
  const other = viterbi(masked, start, transitions);
  return pathScore(scores, start, transitions, tags) - pathScore(scores, start, transitions, other);
}

/** Token runs (inclusive first, exclusive end) of one tag. */
function runs(tags: readonly Tag[], tag: Tag): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i += 1) {
    if (tags[i] !== tag || (i > 0 && tags[i - 1] === tag)) continue;
    let end = i + 1;
    while (end < tags.length && tags[end] === tag) end += 1;
    out.push([i, end]);
  }
  return out;
}

/** An attribution read off a tag sequence, in token indices of the sentence (end exclusive). */
export interface TaggedAttribution {
  source: [number, number];
  cue: [number, number];
  content: [number, number];
}

const distance = (a: [number, number], b: [number, number]): number =>
  a[1] <= b[0] ? b[0] - a[1] : b[1] <= a[0] ? a[0] - b[1] : 0;

/**
 * The attributions of a tag sequence: one per cue run; each source run and each content run goes to its
 * nearest cue (the earlier on a tie); a cue with no source or no content yields nothing. The content is
 * the hull of its runs.
 */
export function attributionsOf(tags: readonly Tag[]): TaggedAttribution[] {
  const cues = runs(tags, C);
  if (cues.length === 0) return [];
  const nearest = (run: [number, number]): number => {
    let pick = 0;
    cues.forEach((cue, k) => {
      if (distance(run, cue) < distance(run, cues[pick]!)) pick = k;
    });
    return pick;
  };
  const sources = new Map<number, [number, number]>();
  for (const run of runs(tags, S)) {
    const k = nearest(run);
    const held = sources.get(k);
    if (!held || distance(run, cues[k]!) < distance(held, cues[k]!)) sources.set(k, run);
  }
  const contents = new Map<number, [number, number]>();
  for (const run of runs(tags, T)) {
    const k = nearest(run);
    const held = contents.get(k);
    contents.set(k, held ? [Math.min(held[0], run[0]), Math.max(held[1], run[1])] : run);
  }
  return cues.flatMap((cue, k) => {
    const source = sources.get(k);
    const content = contents.get(k);
    return source && content ? [{ source, cue, content }] : [];
  });
}

/** A double quotation mark, straight or curly, or two apostrophes: a quote the mark matcher left. */
const DOUBLE_MARK = /["“”]|''/u;

/**
 * The sentences the tagger reads, as token ranges: those no candidate of the rules touches (content, cue,
 * speaker words or marks), outside text in two apostrophes, not between two quotes in marks of its
 * paragraph (the second may carry the first's speaker), holding no double quotation mark (a stray mark
 * the mark matcher could not pair: the sentence is part of a quote), of at least four tokens, holding a trigger word
 * (a word seen as a cue on train, `SpanTaggerModel.triggers`) of at least `level`.
 */
export function taggedSentences(
  input: QuoteInput,
  candidates: readonly QuoteCandidate[],
  triggers: ReadonlyMap<string, number>,
  level = 1,
): Array<[number, number]> {
  const marks = candidates.flatMap((q) => (q.marked ? [q.marked] : []));
  const blocked: Span[] = candidates
    .flatMap((q) => [
      q.span,
      ...(q.marked ? [q.marked] : []),
      ...(q.cue ? [q.cue] : []),
      ...(q.speakerPhrase ? [q.speakerPhrase] : []),
    ])
    .concat(
      findApostropheStretches(
        input.text,
        input.paragraphs.map((p) => p.span),
      ),
    );
  const out: Array<[number, number]> = [];
  for (const sentence of input.sentences) {
    const span = sentence.span;
    if (blocked.some((x) => x.start < span.end && span.start < x.end)) continue;
    const paragraph = input.paragraphs[paragraphIndexAt(input.paragraphs, span.start)]?.span;
    const inParagraph = (m: Span): boolean =>
      paragraph !== undefined && m.start >= paragraph.start && m.end <= paragraph.end;
    if (
      marks.some((m) => inParagraph(m) && m.end <= span.start) &&
      marks.some((m) => inParagraph(m) && m.start >= span.end)
    )
      continue;
    if (DOUBLE_MARK.test(input.text.slice(span.start, span.end))) continue;
    const floor = tokenAtOrAfter(input.tokens, span.start);
    const ceiling = tokenAtOrAfter(input.tokens, span.end);
    if (ceiling - floor < 4) continue;
    let trigger = false;
    for (let at = floor; at < ceiling && !trigger; at += 1)
      trigger = (triggers.get(input.words[at]!) ?? 0) >= level;
    if (trigger) out.push([floor, ceiling]);
  }
  return out;
}
