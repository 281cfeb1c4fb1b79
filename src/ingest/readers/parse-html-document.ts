import { parseHTML } from 'linkedom';

/**
 * The part of a DOM node the readers use. linkedom ships no usable types without the DOM lib, so this
 * narrow structural type keeps the readers strictly typed against what they actually touch.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** An element: a node with attributes and selector queries. */
export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Node type of an element. */
export const ELEMENT_NODE = 1;
/** Node type of a text node (CDATA sections in HTML are text too). */
export const TEXT_NODE = 3;

/**
 * Parses HTML with linkedom, which is about eight times faster than jsdom and runs no scripts. linkedom
 * needs an `<html>` root (without one a fragment parses to an empty body), so a page without it is wrapped:
 * in `<html>` alone when it has its own head or body, in a full skeleton when it is a bare fragment.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(wrapForLinkedom(html)) as unknown as { document: DomDocument };
  return document;
}

function wrapForLinkedom(html: string): string {
  const head = html.slice(0, 4096);
  if (/<html[\s>]/i.test(head)) return html;
  if (/<(?:head|body)[\s>]/i.test(head)) return `<html>${html}</html>`;
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * Whether any element under `root` is nested deeper than `limit`. Stops at the first one, so it costs at
 * most one walk. Readability slows down roughly with the cube of nesting depth over linkedom (500 levels
 * take seconds, 2,000 a minute), so the HTML reader checks this before running it.
 */
export function nestedDeeperThan(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return false;
}
