import type {
  AnchoredTime,
  DateEvidence,
  DateValue,
  Paragraph,
  Sentence,
  Span,
  TimeExpression,
} from '../../model/index.js';
import {
  addDays,
  addMonths,
  dayNumber,
  daysCovered,
  fromDayNumber,
  monthRange,
  yearRange,
} from './day-math.js';
import { DATELINE_LABEL, FUTURE_WORDS, relativeWindow } from './lexicon/dating-cues.js';

/** An anchor event found in a sentence of the document: a cue matched, and the event's known date. */
export interface AnchorMatch {
  span: Span;
  anchorId: string;
  label: string;
  /** First day of the event, `YYYY-MM-DD` (a month-precision anchor is its first day, with `end` its last). */
  date: string;
  end?: string;
  /** Where the anchor's date came from. */
  basis: 'pack' | 'corpus';
  /** The cue's words were found further apart than a cue allows: only a duration before/after may use it. */
  loose?: boolean;
}

/** What dating reads of one document. */
export interface DatingInput {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  /** Times found with no reference date: absolute values are kept, relative ones are null. */
  times: readonly TimeExpression[];
  anchors: readonly AnchorMatch[];
  /** Dates given as a distance from a known event ("two days before the Alaska summit"). */
  anchoredTimes?: readonly AnchoredTime[];
}

const OPEN_END = '9999-12-31';
const OPEN_START = '0001-01-01';
/** A dateline or byline is looked for in this many paragraphs at each end of the article. */
const EDGE_PARAGRAPHS = 3;
const SHORT_LINE = 100;

/**
 * Dates an article that came with no date. First a dateline or byline ("Published: 3 March 2025"), which
 * gives basis `text`; then inference from every cue at once: the latest absolute date the article
 * mentions, and relative expressions in the same sentence as an anchor event whose date is known ("later
 * this week" beside the Munich Security Conference, "two days before" a dated summit). Each cue bounds the
 * date; the bounds are intersected, and a cue that contradicts the others is set aside and named. The
 * result is never more precise than its range allows, and `unknown` comes with its reason.
 */
export function inferPublished(input: DatingInput): DateValue {
  const dateline = findDateline(input);
  if (dateline) return dateline;
  const cues = [...absoluteCues(input), ...anchorCues(input), ...anchoredCues(input)];
  if (cues.length === 0) {
    return unknown('no absolute date, dateline or dated anchor in the text');
  }
  return combine(cues);
}

interface Cue extends DateEvidence {
  /** The single day this cue points at, when it points at one. */
  point?: string;
  strength: number;
}

function combine(cues: Cue[]): DateValue {
  const ordered = [...cues].sort((a, b) => b.strength - a.strength);
  let from = OPEN_START;
  let to = OPEN_END;
  const used: Cue[] = [];
  const setAside: Cue[] = [];
  for (const cue of ordered) {
    const nextFrom = cue.range.from > from ? cue.range.from : from;
    const nextTo = cue.range.to < to ? cue.range.to : to;
    if (nextFrom > nextTo) {
      setAside.push(cue);
      continue;
    }
    from = nextFrom;
    to = nextTo;
    used.push(cue);
  }
  const evidence = used.map(({ span, reason, basis, range }) => ({ span, reason, basis, range }));
  const conflict =
    setAside.length > 0
      ? `set aside as conflicting: ${setAside.map((cue) => cue.reason).join('; ')}`
      : undefined;
  if (from === OPEN_START || to === OPEN_END) {
    return {
      ...unknown(`the cues bound the date on one side only (${evidence.map((e) => e.reason).join('; ')})`),
      evidence,
    };
  }
  const width = dayNumber(to) - dayNumber(from);
  const precision = width <= 2 ? 'day' : width <= 45 ? 'month' : width <= 400 ? 'year' : 'unknown';
  if (precision === 'unknown') {
    return { ...unknown(`the cues leave a range of ${width + 1} days`), range: { from, to }, evidence };
  }
  const point = used.map((cue) => cue.point).find((day) => day !== undefined && day >= from && day <= to);
  const value = point ?? fromDayNumber(dayNumber(from) + Math.floor(width / 2));
  return {
    value,
    precision,
    basis: 'inferred',
    range: { from, to },
    evidence,
    ...(conflict ? { reason: conflict } : {}),
  };
}

function unknown(reason: string): DateValue {
  return { value: null, precision: 'unknown', basis: 'unknown', reason };
}

/** A short line at either end of the article that carries a full date: a dateline or a byline. */
function findDateline(input: DatingInput): DateValue | null {
  const { paragraphs, text } = input;
  const edges = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_PARAGRAPHS, paragraphs.length); i += 1) {
    edges.add(i);
    edges.add(paragraphs.length - 1 - i);
  }
  for (const index of [...edges].sort((a, b) => a - b)) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    const line = text.slice(paragraph.span.start, paragraph.span.end);
    for (const time of input.times) {
      if (time.span.start < paragraph.span.start || time.span.end > paragraph.span.end) continue;
      const day = fullDay(time);
      if (!day) continue;
      const labelled = DATELINE_LABEL.test(line);
      // A byline or date line: short, not a sentence, and little besides the date ("By A. Writer | 4 March 2025").
      const rest = line.length - (time.span.end - time.span.start);
      const mostlyDate = line.length <= SHORT_LINE && rest <= SHORT_LINE / 2 && !/[.!?]["”’]?\s*$/.test(line);
      if (labelled || mostlyDate) {
        return {
          value: day,
          precision: 'day',
          basis: 'text',
          evidence: [
            {
              span: time.span,
              reason: `dateline "${line.trim()}"`,
              basis: 'text',
              range: { from: day, to: day },
            },
          ],
        };
      }
    }
  }
  return null;
}

/** A day with its year stated: `2025-02-27` from "February 27, 2025" (not "February 27" alone). */
function fullDay(time: TimeExpression): string | null {
  if (time.type !== 'DATE' || !time.value || !/^\d{4}-\d{2}-\d{2}$/.test(time.value)) return null;
  return time.stated.includes('year') || time.stated.length === 0 ? time.value : null;
}

/**
 * Absolute dates bound the article from one side: it was written after the dates it reports in the past,
 * and before those it announces. The latest past date also bounds it from above by a month, the usual
 * span of a news story; so does the earliest future one from below.
 */
function absoluteCues(input: DatingInput): Cue[] {
  const cues: Cue[] = [];
  for (const time of input.times) {
    if (time.type !== 'DATE' || !time.value) continue;
    const covered = daysCovered(time.value);
    if (!covered || !/^\d{4}/.test(time.value)) continue;
    const day = fullDay(time);
    const future = isFuture(input, time.span);
    if (day) {
      const range = future ? { from: addMonths(day, -1), to: day } : { from: day, to: addMonths(day, 1) };
      cues.push({
        span: time.span,
        reason: `${future ? 'announced' : 'reported'} date ${day}`,
        basis: 'text',
        range,
        point: day,
        strength: future ? 2 : 3,
      });
    } else if (!future) {
      cues.push({
        span: time.span,
        reason: `mentions ${time.value}`,
        basis: 'text',
        range: { from: covered[0], to: OPEN_END },
        strength: 1,
      });
    }
  }
  // Only the latest past day and the earliest future day matter; the rest are implied by them.
  const past = cues.filter((cue) => cue.strength === 3).sort((a, b) => (a.point! < b.point! ? 1 : -1));
  const future = cues.filter((cue) => cue.strength === 2).sort((a, b) => (a.point! < b.point! ? -1 : 1));
  const loose = cues
    .filter((cue) => cue.strength === 1)
    .sort((a, b) => (a.range.from < b.range.from ? 1 : -1));
  return [...past.slice(0, 1), ...future.slice(0, 1), ...loose.slice(0, 1)];
}

/** Whether the words before `span` in its sentence announce the future ("will meet on …", "scheduled for …"). */
function isFuture(input: DatingInput, span: Span): boolean {
  const sentence = input.sentences.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  const before = input.text.slice(sentence ? sentence.span.start : Math.max(0, span.start - 120), span.start);
  return before
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => FUTURE_WORDS.has(word));
}

/** Relative expressions and "N days before …" sharing a sentence with a dated anchor event. */
function anchorCues(input: DatingInput): Cue[] {
  const cues: Cue[] = [];
  for (const anchor of input.anchors) {
    const sentence = input.sentences.find(
      (s) => s.span.start <= anchor.span.start && anchor.span.end <= s.span.end,
    );
    if (!sentence) continue;
    const times = input.times.filter(
      (t) => t.span.start >= sentence.span.start && t.span.end <= sentence.span.end,
    );
    const end = anchor.end ?? anchor.date;
    for (const time of times) {
      const phrase = input.text
        .slice(time.span.start, time.span.end)
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/\s+/g, ' ');
      const window = relativeWindow(phrase);
      const label = `"${input.text.slice(time.span.start, time.span.end)}" with ${anchor.label} (${anchor.date})`;
      if (window && !anchor.loose) {
        const range = applyWindow(window, anchor.date, end);
        cues.push({ span: time.span, reason: label, basis: anchor.basis, range, strength: 2 });
      }
    }
  }
  return cues;
}

function applyWindow(window: ReturnType<typeof relativeWindow> & object, start: string, end: string) {
  switch (window.unit) {
    case 'day':
      // Before the event counts from its first day, after it from its last.
      return {
        from: addDays(window.from > 0 ? end : start, window.from),
        to: addDays(window.to < 0 ? start : end, window.to),
      };
    case 'month': {
      const [from, to] = monthRange(start, window.from);
      return { from, to };
    }
    case 'year': {
      const [from, to] = yearRange(start, window.from);
      return { from, to };
    }
  }
}

const DURATION = /^P(\d+(?:\.\d+)?)([DWMY])$/;

/**
 * "two days before the summit", "nearly three years after the invasion", resolved by the anchored-times
 * extractor against a known anchor. The sentence's event is that far from the anchor, and the article is
 * dated near it: within days for days and weeks, within a month for months, within half a year for years,
 * on the side that "nearly" or "more than" gives.
 */
function anchoredCues(input: DatingInput): Cue[] {
  const cues: Cue[] = [];
  for (const anchored of input.anchoredTimes ?? []) {
    const { anchor } = anchored;
    const unit = DURATION.exec(anchored.offset)?.[2];
    if (!anchored.value || !anchor.basis || !unit) continue;
    const point =
      anchored.value.length === 7 ? `${anchored.value}-${anchor.date!.slice(8, 10)}` : anchored.value;
    const modifier = input.text.slice(anchored.span.start, anchor.span.start).toLowerCase();
    const slack = unit === 'Y' ? 6 : unit === 'M' ? 1 : 0;
    let range: { from: string; to: string };
    if (slack === 0) range = { from: addDays(point, -3), to: addDays(point, 7) };
    else if (/\b(nearly|almost|close to|just under)\b/.test(modifier))
      range = { from: addMonths(point, -slack), to: point };
    else if (/\b(more than|over|just over)\b/.test(modifier))
      range = { from: point, to: addMonths(point, slack) };
    else range = { from: addMonths(point, -slack), to: addMonths(point, slack) };
    cues.push({
      span: anchored.span,
      reason: `"${input.text.slice(anchored.span.start, anchor.span.start).trim()}" ${anchor.label} (${anchor.date})`,
      basis: anchor.basis,
      range,
      point,
      strength: 2,
    });
  }
  return cues;
}
