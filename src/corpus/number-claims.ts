import { appendTo } from '../model/index.js';
import type { DocEntity, Document, Span } from '../model/index.js';
import { APPROXIMATE_WORDS, COUNTED_NOUNS, NUMBER_WORDS } from './lexicon/counted-nouns.js';

/** A count an article gives for a group: "the coalition … is made up of 31 countries". */
export interface NumberClaim {
  doc: string;
  /** The group's actor id (or `name:` key), and its name. */
  subject: string;
  subjectName: string;
  noun: string;
  value: number;
  approximate: boolean;
  /** The number and its noun, in the document's clean text. */
  span: Span;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COUNT = new RegExp(
  `\\b(?:(${APPROXIMATE_WORDS.map(escape).join('|')})\\s+)?(\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')})\\s+(${[
    ...COUNTED_NOUNS,
  ]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b`,
  'giu',
);

/**
 * The counts of each sentence that belong to an organisation: one named by the sentence's definite head
 * ("the coalition" for "Coalition of the Willing"), else the first organisation named before the count.
 * A count with no organisation is no claim. Pure.
 */
export function numberClaimsOf(
  doc: Document,
  actorOf: (entityId: string) => string | undefined,
): NumberClaim[] {
  const entities = (doc.layers.entities ?? []).filter((e) => e.kind === 'organisation');
  if (entities.length === 0) return [];
  const claims: NumberClaim[] = [];
  for (const sentence of doc.layers.sentences ?? []) {
    const text = doc.text.slice(sentence.span.start, sentence.span.end);
    for (const match of text.matchAll(COUNT)) {
      const start = sentence.span.start + match.index;
      const subject = groupOf(doc, entities, sentence.span.start, start, text);
      if (!subject) continue;
      const numeral = match[2]!.toLowerCase();
      claims.push({
        doc: doc.id,
        subject: actorOf(subject.id) ?? `name:${subject.name.toLowerCase()}`,
        subjectName: subject.name,
        noun: match[3]!.toLowerCase(),
        value: NUMBER_WORDS[numeral] ?? Number(numeral.replace(/,/g, '')),
        approximate: match[1] !== undefined,
        span: { start: start + (match[1] ? match[1].length + 1 : 0), end: start + match[0].length },
      });
    }
  }
  return claims;
}

function groupOf(
  doc: Document,
  organisations: readonly DocEntity[],
  sentenceStart: number,
  at: number,
  text: string,
): DocEntity | undefined {
  const head = /^(?:the|its)\s+([a-z]{4,})/iu.exec(text.trimStart())?.[1]?.toLowerCase();
  const byHead = head
    ? organisations.find((e) => e.name.toLowerCase().split(/\s+/u).includes(head))
    : undefined;
  if (byHead) return byHead;
  const ids = new Set(organisations.map((e) => e.id));
  const mention = (doc.layers.mentions ?? []).find(
    (m) => ids.has(m.entity) && m.span.start >= sentenceStart && m.span.end <= at,
  );
  return mention ? organisations.find((e) => e.id === mention.entity) : undefined;
}

/** Different exact counts of the same group, from different articles, each count with its citations. */
export interface NumberContradiction {
  about: string;
  claims: Array<{ value: string; basis: 'text'; evidence: Array<{ doc: string; span: Span }> }>;
}

/** Groups claims by group and noun; a group is contradicted when two articles give different exact counts. */
export function numberContradictions(claims: readonly NumberClaim[]): NumberContradiction[] {
  const groups = new Map<string, NumberClaim[]>();
  for (const claim of claims.filter((c) => !c.approximate)) {
    const key = `${claim.subject}|${claim.noun}`;
    appendTo(groups, key, claim);
  }
  const out: NumberContradiction[] = [];
  for (const group of groups.values()) {
    const values = new Map<number, NumberClaim[]>();
    for (const claim of group) appendTo(values, claim.value, claim);
    const docs = new Set(group.map((c) => c.doc));
    if (values.size < 2 || docs.size < 2) continue;
    const first = group[0]!;
    out.push({
      about: `how many ${first.noun} ${first.subjectName} has`,
      claims: [...values].map(([value, list]) => ({
        value: String(value),
        basis: 'text' as const,
        evidence: list.map((c) => ({ doc: c.doc, span: c.span })),
      })),
    });
  }
  return out;
}
