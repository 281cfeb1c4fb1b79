import { Readability } from '@mozilla/readability';
import { ParleyError } from '../../model/index.js';
import type { DocumentMeta, Location, QualitySignal, RawDocument } from '../../model/index.js';
import { blockText } from './block-text.js';
import { blocksToRawDocument } from './blocks-to-raw-document.js';
import { readHtmlMetadata } from './html-metadata.js';
import { furnitureSignals } from './page-furniture.js';
import { nestedDeeperThan, parseHtmlDocument } from './parse-html-document.js';
import type { DomDocument, DomNode } from './parse-html-document.js';

/**
 * Deepest element nesting readability is run on. Real article pages stay under about 60 levels; beyond
 * this, readability's cost explodes (see `nestedDeeperThan`) and the body's blocks are read instead.
 */
export const MAX_READABILITY_DEPTH = 150;

/** What readability gave back, reduced to what the reader uses. */
interface ReadabilityArticle {
  blocks: string[];
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
}

/** The parts of a page a document is built from: metadata, text blocks and reading signals. */
export interface HtmlArticle {
  meta: DocumentMeta;
  blocks: string[];
  signals: QualitySignal[];
}

/**
 * Reads an HTML page: readability (over linkedom) finds the main text, which becomes one block a line
 * under the title (see `blocksToRawDocument`). When readability finds nothing, the body's blocks are used,
 * without nav, header, footer, aside and forms. Metadata: title from og:title, readability, then `<title>`;
 * published, source, canonical url, byline and language as `readHtmlMetadata` finds them, readability's
 * values filling gaps. A page cut off mid-way is read anyway and flagged `truncated-html`, because the part
 * that arrived is still evidence. Throws `E_HTML_NO_TEXT` when the page holds no text at all.
 */
export function readHtml(html: string, location: Location): RawDocument {
  return blocksToRawDocument({ format: 'html', location, ...extractHtmlArticle(html, location.ref) });
}

/**
 * The metadata, blocks and signals `readHtml` builds a document from, for readers that wrap a page in
 * their own document (a JSON Lines record whose fields override the page's). Throws `E_HTML_NO_TEXT`.
 */
export function extractHtmlArticle(html: string, file: string): HtmlArticle {
  const document = parseHtmlDocument(html);
  const found = readHtmlMetadata(document);
  const { article, blocks, pageBlocks, tooDeep } = chooseBlocks(document, html);
  if (blocks.length === 0) {
    throw new ParleyError('E_HTML_NO_TEXT', 'the page has no readable text', {
      file,
      hint: 'the page may build its text with JavaScript: save the rendered page, or read the outlet feed',
    });
  }
  const meta: DocumentMeta = {
    title: found.ogTitle ?? article?.title ?? found.documentTitle,
    published: found.published ?? article?.publishedTime,
    source: found.source ?? article?.siteName,
    canonicalUrl: found.canonicalUrl,
    byline: found.byline ?? article?.byline,
    language: found.language ?? article?.lang,
  };
  const signals: QualitySignal[] = isTruncatedHtml(html) ? [truncatedSignal()] : [];
  if (tooDeep) signals.push(tooDeepSignal());
  signals.push(...furnitureSignals(pageBlocks, meta.title ? [meta.title, ...blocks] : blocks));
  return { meta: definedOnly(meta), blocks, signals };
}

/**
 * Every visible block of the page (walked before readability rewrites the DOM), then the article's:
 * readability's, or the body's without chrome when readability finds nothing or the page is too deep.
 */
function chooseBlocks(
  document: DomDocument,
  html: string,
): { article?: ReadabilityArticle; blocks: string[]; pageBlocks: string[]; tooDeep: boolean } {
  const root = document.body ?? document.documentElement;
  const pageBlocks = root ? blockText(root, { keepChrome: true }) : [];
  const tooDeep = root !== null && nestedDeeperThan(root, MAX_READABILITY_DEPTH);
  const article = tooDeep ? undefined : runReadability(document);
  if (article && article.blocks.length > 0) return { article, blocks: article.blocks, pageBlocks, tooDeep };
  return { ...(article ? { article } : {}), blocks: bodyBlocks(html), pageBlocks, tooDeep };
}

/**
 * Whether an HTML source was cut off: it has no `</html>` or `</body>`, and it ends inside a tag or inside
 * an `<html>` or `<body>` it opened. A fragment that simply omits closing tags is not truncated.
 */
export function isTruncatedHtml(html: string): boolean {
  if (/<\/(?:html|body)\s*>/i.test(html)) return false;
  const tail = html.trimEnd();
  if (tail.lastIndexOf('<') > tail.lastIndexOf('>')) return true;
  return /<(?:html|body)[\s>]/i.test(html);
}

function runReadability(document: DomDocument): ReadabilityArticle | undefined {
  let parsed: ReturnType<Readability<DomNode>['parse']>;
  try {
    const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as DomNode });
    parsed = reader.parse();
  } catch {
    return undefined;
  }
  if (!parsed || !parsed.content) return undefined;
  return {
    blocks: blockText(parsed.content),
    title: nonEmpty(parsed.title),
    byline: nonEmpty(parsed.byline),
    siteName: nonEmpty(parsed.siteName),
    publishedTime: nonEmpty(parsed.publishedTime),
    lang: nonEmpty(parsed.lang),
  };
}

/** Blocks of the whole body, from a fresh parse (readability has rewritten the first one). */
function bodyBlocks(html: string): string[] {
  const document = parseHtmlDocument(html);
  const fromBody = document.body ? blockText(document.body, { skipHeader: true }) : [];
  if (fromBody.length > 0 || !document.documentElement) return fromBody;
  return blockText(document.documentElement, { skipHeader: true });
}

function truncatedSignal(): QualitySignal {
  return {
    code: 'truncated-html',
    severity: 'warning',
    detail: 'the HTML ends before </body> or </html>: the page was cut off and the article may be incomplete',
    by: 'read/html',
  };
}

function tooDeepSignal(): QualitySignal {
  return {
    code: 'html-too-deep',
    severity: 'info',
    detail: `elements nested over ${MAX_READABILITY_DEPTH} deep: read the whole body without readability`,
    by: 'read/html',
  };
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function definedOnly(meta: DocumentMeta): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as DocumentMeta;
}
