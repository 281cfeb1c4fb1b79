import type { InputFormat } from '../../model/index.js';

/**
 * File extensions the directory walker takes as articles (files with no extension are taken too). Other
 * files in a directory (`meta.json`, images, notes) are skipped; a file named explicitly is always read.
 */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.md',
  '.html',
  '.htm',
  '.xhtml',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
]);

/** How much of the start of the text the markup tests look at. */
const SAMPLE_CHARS = 8 * 1024;
const FEED_TAG = /<feed\s[^>]*xmlns(?::\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/2005\/atom["']/;
const BLOCK_TAG = /<(?:p|div|br|h[1-6]|li|ul|ol|article|section|table|tr|blockquote)\b[^>]*>/gi;

const EXTENSION_HINTS: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'rss',
  '.atom': 'atom',
};

/**
 * Decides how to read a text. The content decides first, because extensions and server headers lie:
 * an `<rss` or `<rdf:RDF` root → rss, a `<feed` root in the Atom namespace → atom, an html doctype,
 * an `<html` root or dense block tags → html, every non-empty line a JSON object → jsonl, anything else → text. The extension and
 * content type only break ties: a `.jsonl` file with one broken line stays jsonl (so the other lines are
 * read), and a `.atom` or `.html` file whose markup the content test missed keeps its declared format.
 * Other XML is reported as rss so the feed reader can say plainly that it is not a feed.
 */
export function sniffFormat(text: string, fileName?: string, contentType?: string): InputFormat {
  const sample = text
    .slice(0, SAMPLE_CHARS)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const lower = sample.toLowerCase();
  const hint = hintFrom(fileName, contentType);
  const markup = sniffMarkup(lower);
  if (markup) return markup;
  if (isJsonLines(text, hint === 'jsonl')) return 'jsonl';
  if (lower.startsWith('<?xml')) return hint === 'atom' ? 'atom' : 'rss';
  if (hint && hint !== 'jsonl' && lower.startsWith('<')) return hint;
  return 'text';
}

function sniffMarkup(lower: string): InputFormat | undefined {
  const { root, doctype } = readProlog(lower);
  if (doctype?.startsWith('<!doctype html') || root === 'html') return 'html';
  if (root === 'rss' || root === 'rdf:rdf') return 'rss';
  if (root === 'feed') return FEED_TAG.test(lower) ? 'atom' : undefined;
  if (root === undefined && /<html[\s>]/.test(lower)) return 'html';
  const blocks = lower.match(BLOCK_TAG)?.length ?? 0;
  if (blocks >= 3 && blocks * 500 >= lower.length) return 'html';
  return undefined;
}

/**
 * Skips whitespace, XML declarations, processing instructions, comments and a doctype, and names the
 * first element. A plain scan, not a regular expression: alternations of lazy patterns backtrack
 * exponentially on hostile input such as thousands of comments.
 */
function readProlog(lower: string): { root?: string; doctype?: string } {
  let doctype: string | undefined;
  let i = 0;
  for (;;) {
    while (i < lower.length && /\s/.test(lower[i] as string)) i++;
    let end = -1;
    if (lower.startsWith('<?', i)) end = after(lower, '?>', i + 2);
    else if (lower.startsWith('<!--', i)) end = after(lower, '-->', i + 4);
    else if (lower.startsWith('<!doctype', i)) {
      const close = lower.indexOf('>', i);
      const subset = lower.indexOf('[', i);
      end = subset >= 0 && subset < close ? after(lower, ']>', subset) : close < 0 ? -1 : close + 1;
      doctype = lower.slice(i, end < 0 ? undefined : end);
    } else {
      const root = /^<([a-z][\w:.-]*)/.exec(lower.slice(i, i + 64))?.[1];
      return root === undefined ? { doctype } : { root, doctype };
    }
    if (end < 0) return { doctype };
    i = end;
  }
}

function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/** Every non-empty line is a JSON object; with a jsonl hint, one object line is enough. */
function isJsonLines(text: string, hinted: boolean): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  if (hinted) return lines.some(isJsonObjectLine);
  return lines.every(isJsonObjectLine);
}

function isJsonObjectLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function hintFrom(fileName: string | undefined, contentType: string | undefined): InputFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.includes('html')) return 'html';
  if (type.includes('rss')) return 'rss';
  if (type.includes('atom')) return 'atom';
  if (type.includes('ndjson') || type.includes('jsonl')) return 'jsonl';
  const match = /\.[a-z0-9]+$/i.exec(fileName?.replace(/[?#].*$/, '') ?? '');
  return match ? EXTENSION_HINTS[match[0].toLowerCase()] : undefined;
}
