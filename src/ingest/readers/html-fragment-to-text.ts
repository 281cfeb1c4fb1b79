import { blockText, paragraphBlocks } from './block-text.js';
import { parseHtmlDocument } from './parse-html-document.js';

/**
 * The text blocks of an HTML fragment (a feed item's content, a JSON Lines `html` field), without running
 * readability: a fragment is already the article body, and readability would discard short ones.
 */
export function htmlFragmentBlocks(html: string): string[] {
  if (!/[<&]/.test(html)) return paragraphBlocks(html);
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  return root ? blockText(root, { skipHeader: true }) : [];
}

/**
 * Converts an HTML fragment to plain text with one block a line and a blank line between blocks, the same
 * shape `readHtml` gives a page, so an article reads the same from a feed and from its page.
 */
export function htmlFragmentToText(html: string): string {
  return htmlFragmentBlocks(html).join('\n\n');
}
