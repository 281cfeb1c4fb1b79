import { appendTo } from '../model/index.js';
import type { CorpusAnchor, Document } from '../model/index.js';
import { loadCountries } from '../extract/entities/lexicon/countries.js';
import {
  EVENT_NOUNS,
  LOCATIVES,
  NOUN_PLACE_GAP,
  NOUN_TIME_GAP,
  TIME_LEAD_WORDS,
} from './lexicon/event-nouns.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The events a dated article dates, for dating other articles: in one body sentence (not a heading), an
 * event noun ("summit", "talks"), a place named within a few words of it (a city or region: a country is
 * too wide to name one event), and near the noun a time expression resolved to one day and introduced as
 * the event's date ("on Sunday", "on 14 December"), not a day that only qualifies something else
 * ("Christmas ceasefire"). Only an article whose own date was read (metadata or dateline) teaches relative
 * days ("on Friday"); any article teaches a full date with its year. One anchor per sentence at most.
 * Pure.
 */
export function learnAnchors(doc: Document): CorpusAnchor[] {
  const sentences = doc.layers.sentences ?? [];
  const times = doc.layers.times ?? [];
  const places = (doc.layers.mentions ?? []).filter((m) => m.kind === 'place');
  const trusted = doc.published.basis === 'metadata' || doc.published.basis === 'text';
  const anchors: CorpusAnchor[] = [];
  const paragraphs = doc.layers.paragraphs ?? [];
  for (const sentence of sentences) {
    if (paragraphs[sentence.paragraph]?.heading) continue;
    const inside = <T extends { span: { start: number; end: number } }>(items: readonly T[]): T[] =>
      items.filter((item) => item.span.start >= sentence.span.start && item.span.end <= sentence.span.end);
    const words = [...doc.text.slice(sentence.span.start, sentence.span.end).matchAll(WORD)].map((m) => ({
      text: m[0],
      start: sentence.span.start + m.index,
    }));
    const cue = eventCue(words, inside(places), doc.text);
    if (!cue) continue;
    const day = inside(times).find((time) => {
      if (time.type !== 'DATE' || !time.value || !DAY.test(time.value)) return false;
      if (!trusted && !time.stated.includes('year')) return false;
      const at = words.findIndex((w) => w.start >= time.span.start);
      const lead = words[at - 1]?.text.toLowerCase();
      return (
        at >= 0 &&
        Math.abs(at - cue.index) <= NOUN_TIME_GAP &&
        lead !== undefined &&
        TIME_LEAD_WORDS.has(lead)
      );
    });
    if (!day?.value) continue;

    anchors.push({
      id: `${doc.id}:${sentence.span.start}`,
      label: `${cue.noun} ${cue.place}`,
      date: day.value.slice(0, 10),
      cues: [`${cue.noun} ${cue.place}`, `${cue.place} ${cue.noun}`],
      doc: doc.id,
      span: sentence.span,
    });
  }
  return anchors;
}

/**
 * The event noun and the place it happened: "talks in Geneva", "the summit held in Alaska" (a locative
 * preposition among at most `NOUN_PLACE_GAP` words after the noun), or "the Geneva talks", "the Alaska
 * peace summit" (the place at most one word before the noun). "talks on Washington's proposal" names no
 * place of the talks.
 */
function eventCue(
  words: Array<{ text: string; start: number }>,
  places: ReadonlyArray<{ span: { start: number; end: number } }>,
  text: string,
): { noun: string; place: string; index: number } | null {
  const wordAt = new Map(words.map((w, i) => [w.start, i]));
  for (const [index, word] of words.entries()) {
    const noun = word.text.toLowerCase();
    if (!EVENT_NOUNS.has(noun)) continue;
    for (const place of places) {
      const at = wordAt.get(place.span.start);
      if (at === undefined) continue;
      const between = at > index ? words.slice(index + 1, at).map((w) => w.text.toLowerCase()) : [];
      const after = at > index && between.length <= NOUN_PLACE_GAP && between.some((w) => LOCATIVES.has(w));
      const before = at < index && index - at <= 2;
      if (!after && !before) continue;
      const name = text.slice(place.span.start, place.span.end);
      if (/\s/.test(name) || countryNames().has(name)) continue; // one word, and not a country
      return { noun, place: name, index };
    }
  }
  return null;
}

let countrySet: Set<string> | undefined;
/** Every name a country goes by, loaded on first use. */
function countryNames(): Set<string> {
  countrySet ??= new Set(loadCountries().flatMap((country) => [country.name, ...country.aliases]));
  return countrySet;
}

/** Anchors from several articles that share a cue but disagree on the day are not anchors: drop them. */
export function agreeingAnchors(anchors: readonly CorpusAnchor[]): CorpusAnchor[] {
  const byCue = new Map<string, CorpusAnchor[]>();
  for (const anchor of anchors) {
    const key = anchor.cues[0]!.toLowerCase();
    appendTo(byCue, key, anchor);
  }
  const kept: CorpusAnchor[] = [];
  for (const group of byCue.values()) {
    const days = new Set(group.map((anchor) => anchor.date));
    if (days.size === 1) kept.push([...group].sort((a, b) => a.id.localeCompare(b.id))[0]!);
  }
  return kept.sort((a, b) => a.id.localeCompare(b.id));
}
