import type { StoryPack } from '../../model/index.js';
import { segmentText } from '../segment/index.js';
import type { EntityMatcher, SentenceInput } from './entity-candidate.js';
import { findEntities } from './find-entities.js';
import { lexicons } from './lexicon/gazetteer.js';

/** Segments a one-sentence text into a matcher's input: the way tests and scripts call a matcher alone. */
export function sentenceInputOf(text: string): SentenceInput {
  const { tokens } = segmentText(text);
  const words = tokens.map((t) => text.slice(t.span.start, t.span.end));
  return { text, tokens, words, lower: words.map((w) => w.toLowerCase()), lexicons: lexicons(), pack: null };
}

/** What a matcher finds in `text`, as [text, kind, role title, role of] rows: compact for table tests. */
export function matchedIn(matcher: EntityMatcher, text: string): (string | null)[][] {
  return matcher(sentenceInputOf(text)).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.kind,
    c.role?.title ?? null,
    c.role?.of ?? null,
  ]);
}

/** Runs segmentation and the entity extractor over a text, with a fixed reference date. */
export function entitiesOf(text: string, pack: StoryPack | null = null) {
  const { paragraphs, sentences, tokens } = segmentText(text);
  const result = findEntities(text, sentences, tokens, { referenceDate: '2025-03-01', pack, paragraphs });
  const mentions = result.mentions.map((m) => ({ ...m, text: text.slice(m.span.start, m.span.end) }));
  return { ...result, mentions };
}
