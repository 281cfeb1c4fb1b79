import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';

/**
 * The 1-based line of the node a field path leads to in a parsed YAML (or JSON) document, so an error can
 * point at it. A field gives the line of its key; a missing field, the line of the nearest part that exists.
 */
export function lineOfPath(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    const next = child(node, key);
    if (next === undefined) break;
    node = next.value;
    // A field points at its key ("from: 2025-13" or "roles:" above a list); a list item at its start.
    offset = rangeStart(next.key ?? next.value) ?? offset;
  }
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

function child(node: unknown, key: PropertyKey): { key?: unknown; value: unknown } | undefined {
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item === undefined ? undefined : { value: item };
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
    return pair === undefined ? undefined : { key: pair.key, value: pair.value };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
