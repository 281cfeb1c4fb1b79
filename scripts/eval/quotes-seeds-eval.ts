import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../src/extract/entities/index.js';
import type { Document, QuoteMention } from '../../src/model/index.js';
import { seedDocuments } from './seed-documents.js';

interface ExpectedQuote {
  speaker: string;
  text: string;
  unnamed?: boolean;
  addressee?: string;
}

/**
 * Scores quotes on the five seed articles, no story pack: each `quotes` and `quote_fragments` entry of
 * seeds.expected.json is found when an extracted quote's text starts with the entry's first 25
 * characters (curly quotes made straight, whitespace collapsed), and right when its speaker entity's name
 * equals the expected name or its surname (folded), or, for an unnamed speaker, when the quote has no
 * entity and its description holds the expected words; an expected addressee must match the same way.
 */
export async function evalQuoteSeeds(sharedDir: string): Promise<string[]> {
  const dir = join(sharedDir, 'corpus', 'seeds');
  const expectedPath = join(sharedDir, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedPath)) return [`seeds quotes: skipped (${dir} not found)`];
  const expected = (
    JSON.parse(readFileSync(expectedPath, 'utf8')) as {
      documents: Record<string, { quotes?: ExpectedQuote[]; quote_fragments?: ExpectedQuote[] }>;
    }
  ).documents;
  const lines = [
    'seeds quotes (no story pack): file | expected | found | right speaker (and addressee) | missed or wrong',
  ];
  const total = { expected: 0, found: 0, right: 0 };
  for await (const { file, doc } of seedDocuments(dir)) {
    const want = [...(expected[file]?.quotes ?? []), ...(expected[file]?.quote_fragments ?? [])];
    let found = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const item of want) {
      const quote = findQuote(doc, item.text);
      if (quote) found += 1;
      if (quote && rightSpeaker(doc, quote, item)) right += 1;
      else wrong.push(`${quote ? 'wrong speaker' : 'missed'}: "${item.text.slice(0, 30)}…"`);
    }
    total.expected += want.length;
    total.found += found;
    total.right += right;
    lines.push(`  ${file} | ${want.length} | ${found} | ${right} | ${wrong.join('; ') || '-'}`);
  }
  lines.push(`  all | ${total.expected} | found ${total.found} | right speaker ${total.right}`);
  return lines;
}

function normalise(text: string): string {
  return text.replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

function findQuote(doc: Document, text: string): QuoteMention | undefined {
  const prefix = normalise(text).slice(0, 25);
  return (doc.layers.quotes ?? []).find((q) =>
    normalise(doc.text.slice(q.span.start, q.span.end)).startsWith(prefix),
  );
}

function nameMatches(doc: Document, entity: string | null, expected: string): boolean {
  const name = (doc.layers.entities ?? []).find((e) => e.id === entity)?.name;
  if (name === undefined) return false;
  const a = foldName(name);
  const b = foldName(expected);
  return a === b || a.split(/\s+/u).pop() === b.split(/\s+/u).pop();
}

function rightSpeaker(doc: Document, quote: QuoteMention, item: ExpectedQuote): boolean {
  const speaker = quote.speaker;
  if (!speaker) return false;
  const speakerRight =
    item.unnamed === true
      ? speaker.entity === null &&
        (speaker.description ?? '')
          .toLowerCase()
          .includes(item.speaker.toLowerCase().replace(/^(a|an|the) /u, ''))
      : nameMatches(doc, speaker.entity, item.speaker);
  if (!speakerRight || item.addressee === undefined) return speakerRight;
  return quote.addressee !== undefined && nameMatches(doc, quote.addressee.entity, item.addressee);
}
