/**
 * The JSON of layer values that arrived as JSON (from an extraction worker), so the store writes that text
 * instead of serialising the value again on the thread that stores. Keyed by the value object itself: a
 * layer replaced by a new value (a rerun) has no entry and is serialised afresh. Layer values are never
 * changed in place (extractors return new ones), so a remembered text always matches its value.
 */
const known = new WeakMap<object, string>();

/** Records that `value` was parsed from `json`. */
export function rememberLayerJson(value: unknown, json: string): void {
  if (typeof value === 'object' && value !== null) known.set(value, json);
}

/** The JSON of a layer value: the text it was parsed from when known, else `JSON.stringify(value)`. */
export function layerJson(value: unknown): string {
  const remembered = typeof value === 'object' && value !== null ? known.get(value) : undefined;
  return remembered ?? JSON.stringify(value);
}
