import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParleyError } from '../../model/index.js';
import type { InputFormat, RawDocument } from '../../model/index.js';
import { blocksToRawDocument } from './blocks-to-raw-document.js';
import { atomEntry, rssItem, textOf } from './feed-items.js';
import type { FeedItem } from './feed-items.js';
import { locationFor } from './location-for.js';

/** Documents read from a feed, and one error per item (or one for the whole feed) that failed. */
export interface FeedResult {
  docs: RawDocument[];
  errors: ParleyError[];
}

type XmlNode = Record<string, unknown>;

/** Elements that may repeat, kept as arrays so one item and many items read the same way. */
const REPEATED = new Set(['item', 'entry', 'link', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one document per item, each under its own title (see
 * `blocksToRawDocument`), with the channel or feed title as source. `ref` is the file path or feed url;
 * each item's location carries its 1-based number. XML that is not well-formed is one `E_FEED_MALFORMED`
 * error naming the line the validator reports; XML that is not a feed is `E_INPUT_FORMAT`; an item with no
 * text is an `E_INPUT_EMPTY` error for that item alone. Nothing throws: a feed poller must keep going.
 */
export function readFeed(xml: string, ref: string): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return { docs: [], errors: [malformed(ref, `at line ${line}, column ${col}: ${msg}`, line)] };
  }
  let root: XmlNode;
  try {
    root = parser.parse(xml) as XmlNode;
  } catch (error) {
    return { docs: [], errors: [malformed(ref, `(${(error as Error).message})`)] };
  }
  const feed = feedParts(root);
  if (!feed) {
    const name = Object.keys(root).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'none';
    const error = new ParleyError('E_INPUT_FORMAT', `not an RSS or Atom feed (root element <${name}>)`, {
      file: ref,
      hint: 'give a file or url whose root is <rss>, <rdf:RDF> or an Atom <feed>',
    });
    return { docs: [], errors: [error] };
  }
  return readItems(feed, ref);
}

function malformed(ref: string, where: string, line?: number): ParleyError {
  return new ParleyError('E_FEED_MALFORMED', `not well-formed XML ${where}`, {
    file: ref,
    ...(line === undefined ? {} : { line }),
    hint: 'no item was read; fetch the feed again, or ask its publisher to fix it',
  });
}

interface FeedParts {
  format: InputFormat;
  source?: string;
  items: FeedItem[];
}

function feedParts(root: XmlNode): FeedParts | undefined {
  const rss = node(root['rss']);
  if (rss) {
    const channel = node(rss['channel']) ?? {};
    return { format: 'rss', source: title(channel), items: nodes(channel['item']).map(rssItem) };
  }
  const rdf = node(root['rdf:RDF']);
  if (rdf) {
    const channel = node(rdf['channel']) ?? {};
    const items = [...nodes(rdf['item']), ...nodes(channel['item'])];
    return { format: 'rss', source: title(channel), items: items.map(rssItem) };
  }
  const atom = node(root['feed']);
  if (atom) return { format: 'atom', source: title(atom), items: nodes(atom['entry']).map(atomEntry) };
  return undefined;
}

function readItems(feed: FeedParts, ref: string): FeedResult {
  const result: FeedResult = { docs: [], errors: [] };
  feed.items.forEach((item, index) => {
    const number = index + 1;
    if (item.blocks.length === 0) {
      const name = item.title ? ` ("${item.title}")` : '';
      result.errors.push(
        new ParleyError('E_INPUT_EMPTY', `feed item ${number}${name} has no text`, {
          file: ref,
          hint: 'the feed gives only headlines for this item: read the article url instead',
        }),
      );
      return;
    }
    const meta = definedOnly({ ...item, blocks: undefined, source: feed.source });
    const location = locationFor(ref, { item: number });
    result.docs.push(blocksToRawDocument({ format: feed.format, location, meta, blocks: item.blocks }));
  });
  return result;
}

function title(channel: XmlNode): string | undefined {
  const text = textOf(channel['title'])?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function node(value: unknown): XmlNode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null ? (first as XmlNode) : undefined;
}

/** Repeated elements as objects; an empty `<item/>` (parsed as '') stays in place as `{}` so numbering holds. */
function nodes(value: unknown): XmlNode[] {
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : {}));
}

function definedOnly(meta: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) if (typeof value === 'string') out[key] = value;
  return out;
}
