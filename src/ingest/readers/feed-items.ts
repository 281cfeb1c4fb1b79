import { collapse, paragraphBlocks } from './block-text.js';
import { htmlFragmentBlocks } from './html-fragment-to-text.js';

/** One feed item reduced to what a document needs. `blocks` is empty when the item has no text. */
export interface FeedItem {
  title?: string;
  url?: string;
  published?: string;
  byline?: string;
  blocks: string[];
}

type XmlNode = Record<string, unknown>;

/**
 * Reads an RSS 2.0 or RSS 1.0 (RDF) item as fast-xml-parser gives it. Text: `content:encoded`, else
 * `description`, both read as HTML (feeds escape or CDATA-wrap markup, and the parser has already undone
 * that once). Date: `pubDate`, else `dc:date`. Byline: `dc:creator`, else `author`.
 */
export function rssItem(item: XmlNode): FeedItem {
  const content = textOf(item['content:encoded']) ?? textOf(item['description']);
  return {
    title: plain(textOf(item['title'])),
    url: plain(textOf(firstOf(item['link']))) ?? permalink(item['guid']),
    published: plain(textOf(item['pubDate']) ?? textOf(item['dc:date'])),
    byline: plain(textOf(firstOf(item['dc:creator'])) ?? textOf(firstOf(item['author']))),
    blocks: content ? htmlFragmentBlocks(content) : [],
  };
}

/**
 * Reads an Atom entry. `content` and `summary` arrive unparsed (they are stop nodes) so that `xhtml`
 * content keeps its markup; `html` and `text` content are unescaped here. Text: content, else summary.
 * Link: the `alternate` link (or one with no rel). Date: `published`, else `updated`. Byline: author name.
 */
export function atomEntry(entry: XmlNode): FeedItem {
  const content = atomBlocks(entry['content']);
  const links = Array.isArray(entry['link']) ? (entry['link'] as unknown[]) : [entry['link']];
  const alternate = links.find((l) => isNode(l) && (l['@_rel'] === undefined || l['@_rel'] === 'alternate'));
  const author = firstOf(entry['author']);
  return {
    title: atomTitle(entry['title']),
    url: isNode(alternate) ? plain(textOf(alternate['@_href'])) : undefined,
    published: plain(textOf(entry['published']) ?? textOf(entry['updated'])),
    byline: isNode(author) ? plain(textOf(author['name'])) : undefined,
    blocks: content.length > 0 ? content : atomBlocks(entry['summary']),
  };
}

/** The text of a parsed XML value: a string, a number, or an element's `#text`; nested parts joined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return joinDefined(value.map(textOf));
  if (!isNode(value)) return undefined;
  const parts = Object.entries(value)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => textOf(child));
  return joinDefined(parts);
}

function atomBlocks(node: unknown): string[] {
  const raw = textOf(isNode(node) ? node['#text'] : node);
  if (raw === undefined || raw.trim() === '') return [];
  const type = isNode(node) ? String(node['@_type'] ?? 'text').toLowerCase() : 'text';
  if (type === 'xhtml' || type.endsWith('xhtml+xml')) return htmlFragmentBlocks(raw);
  const text = unescapeXml(raw);
  return type === 'html' || type === 'text/html' ? htmlFragmentBlocks(text) : paragraphBlocks(text);
}

function atomTitle(node: unknown): string | undefined {
  const text = plain(textOf(node));
  const type = isNode(node) ? node['@_type'] : undefined;
  return text && type === 'html' ? plain(htmlFragmentBlocks(text).join(' ')) : text;
}

/** Unescapes raw XML character data: CDATA sections verbatim, the five XML entities and character refs. */
export function unescapeXml(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('<![CDATA[', i);
    const close = open < 0 ? -1 : raw.indexOf(']]>', open + 9);
    if (close < 0) return out + unescapeEntities(raw.slice(i));
    out += unescapeEntities(raw.slice(i, open)) + raw.slice(open + 9, close);
    i = close + 3;
  }
  return out;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function permalink(guid: unknown): string | undefined {
  const text = plain(textOf(guid));
  const isPermaLink = isNode(guid) ? guid['@_isPermaLink'] !== 'false' : true;
  return text && isPermaLink && /^https?:\/\//i.test(text) ? text : undefined;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function plain(value: string | undefined): string | undefined {
  const text = value === undefined ? undefined : collapse(value);
  return text ? text : undefined;
}

function joinDefined(parts: Array<string | undefined>): string | undefined {
  const defined = parts.filter((p): p is string => p !== undefined);
  return defined.length > 0 ? defined.join(' ') : undefined;
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
