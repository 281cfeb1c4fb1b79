import type { DomDocument, DomElement } from './parse-html-document.js';

/** Metadata a page states about itself, before readability runs (readability changes the DOM). */
export interface HtmlMetadata {
  ogTitle?: string;
  documentTitle?: string;
  published?: string;
  source?: string;
  canonicalUrl?: string;
  byline?: string;
  language?: string;
}

type JsonObject = Record<string, unknown>;

/**
 * Reads a page's own metadata in a fixed order of trust. Published: `article:published_time`, a
 * `<time datetime>` (inside `<article>` first), JSON-LD `datePublished`, then `pubdate`/`date` meta.
 * Source: `og:site_name`, then JSON-LD `publisher.name`. Canonical url: `<link rel=canonical>`, then
 * `og:url`. Byline: meta `author`. Values are trimmed strings exactly as the page gives them; dates are
 * normalised later. Malformed JSON-LD is ignored: it is common and says nothing about the article text.
 */
export function readHtmlMetadata(document: DomDocument): HtmlMetadata {
  const meta = metaMap(document);
  const jsonLd = jsonLdObjects(document);
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const out: HtmlMetadata = {
    ogTitle: meta.get('og:title') ?? meta.get('twitter:title'),
    documentTitle: clean(document.title),
    published: first(
      meta.get('article:published_time'),
      clean(time?.getAttribute('datetime')),
      firstString(jsonLd, (o) => o['datePublished']),
      meta.get('pubdate'),
      meta.get('date'),
    ),
    source: first(
      meta.get('og:site_name'),
      firstString(jsonLd, (o) => publisherName(o['publisher'])),
    ),
    canonicalUrl: first(clean(linkHref(document, 'canonical')), meta.get('og:url')),
    byline: meta.get('author'),
    language: clean(document.documentElement?.getAttribute('lang')),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as HtmlMetadata;
}

/** `<meta>` content by lower-cased `property`, `name` or `itemprop`; the first occurrence wins. */
function metaMap(document: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const content = clean(el.getAttribute('content'));
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

function linkHref(document: DomDocument, rel: string): string | null | undefined {
  const links: DomElement[] = Array.from(document.querySelectorAll('link[rel]'));
  const link = links.find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel));
  return link?.getAttribute('href');
}

/** Every object in every JSON-LD script, flattening arrays and `@graph`. */
function jsonLdObjects(document: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph'] !== undefined) add(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // Malformed JSON-LD is frequent on news sites; the other sources of metadata still apply.
    }
  }
  return out;
}

function publisherName(publisher: unknown): unknown {
  const value = Array.isArray(publisher) ? publisher[0] : publisher;
  return isObject(value) ? value['name'] : typeof value === 'string' ? value : undefined;
}

function firstString(objects: JsonObject[], pick: (o: JsonObject) => unknown): string | undefined {
  for (const o of objects) {
    const value = pick(o);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
