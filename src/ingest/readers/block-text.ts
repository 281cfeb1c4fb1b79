import { ELEMENT_NODE, TEXT_NODE } from './parse-html-document.js';
import type { DomNode } from './parse-html-document.js';

/** Elements whose content is never visible text. */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'head',
  'title',
]);

/** Page chrome: navigation, sidebars, footers and controls. Skipped unless `keepChrome` is set. */
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select']);

/** Elements that start a new block: the text before and after them is a block of its own. */
const BLOCKS = new Set([
  'address',
  'aside',
  'nav',
  'footer',
  'form',
  'fieldset',
  'legend',
  'menu',
  'center',
  'article',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'ul',
  'br',
  'body',
  'html',
]);

/** Marks the end of a block element on the walk stack. */
const END_BLOCK = Symbol('end of block');

/** Options for {@link blockText}. */
export interface BlockTextOptions {
  /** Also skip `<header>` (page chrome outside an article). Readability's output needs no skipping. */
  skipHeader?: boolean;
  /** Keep nav, footer, aside, forms and headers too: every visible block of the page. */
  keepChrome?: boolean;
}

/**
 * Flattens a DOM subtree to text blocks, one per paragraph, heading, list item, quote or table row, in
 * document order. Text directly inside a `div` becomes a block too, and `<br>` ends a block. Entities are
 * already decoded by the parser; whitespace inside a block collapses to single spaces. Table cells of a
 * row are joined by a tab, and each line of a `<pre>` is a block. One block a line is what the segmenter
 * expects: a paragraph boundary is a line break.
 */
export function blockText(root: DomNode, options: BlockTextOptions = {}): string[] {
  const blocks: string[] = [];
  const pending: string[] = [];
  const flush = (): void => {
    const text = collapse(pending.join(''));
    pending.length = 0;
    if (text !== '') blocks.push(text);
  };
  // An explicit stack instead of recursion: hostile pages nest tens of thousands of elements deep.
  const stack: Array<DomNode | typeof END_BLOCK> = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode | typeof END_BLOCK;
    if (node === END_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      pending.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toLowerCase();
    if (isSkipped(tag, options)) continue;
    if (tag === 'tr' || tag === 'pre') {
      flush();
      blocks.push(...(tag === 'tr' ? rowBlock(node) : preBlocks(node)));
      continue;
    }
    if (BLOCKS.has(tag)) {
      flush();
      stack.push(END_BLOCK);
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  flush();
  return blocks;
}

function isSkipped(tag: string, options: BlockTextOptions): boolean {
  if (INVISIBLE.has(tag)) return true;
  return !options.keepChrome && (CHROME.has(tag) || (tag === 'header' && options.skipHeader === true));
}

function rowBlock(row: DomNode): string[] {
  const cells = Array.from(row.childNodes)
    .filter((cell) => cell.nodeType === ELEMENT_NODE && /^t[dh]$/i.test(cell.nodeName))
    .map((cell) => collapse(cell.textContent ?? ''))
    .filter((text) => text !== '');
  return cells.length > 0 ? [cells.join('\t')] : [];
}

function preBlocks(pre: DomNode): string[] {
  return (pre.textContent ?? '')
    .split(/\r\n|\n|\r/)
    .map(collapse)
    .filter((line) => line !== '');
}

/** Collapses runs of whitespace (including no-break spaces and line breaks) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Blocks of a plain text that came inside markup (an Atom `type="text"` field): paragraphs are separated
 * by blank lines, and whitespace inside each collapses.
 */
export function paragraphBlocks(text: string): string[] {
  return text
    .split(/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/)
    .map(collapse)
    .filter((block) => block !== '');
}
