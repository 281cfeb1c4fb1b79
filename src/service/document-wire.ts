import { TRANSIENT_LAYERS } from '../model/index.js';
import type { Document, LayerName, Layers } from '../model/index.js';
import { rememberLayerJson } from '../store/layer-json.js';

/**
 * A processed document as an extraction worker sends it: the document without its layers, as JSON, and
 * each layer the store keeps as its own JSON text, in layer order. Parsing JSON costs the receiving thread
 * about a third of what reading a structured clone of the same object does, and that thread is the one that
 * stores; keeping each layer's text lets the store write it without serialising it again. Transient layers
 * (`TRANSIENT_LAYERS`: tokens, half of a document's JSON) stay in the worker: the store drops them and
 * nothing after extraction reads them.
 */
export interface WireDocument {
  json: string;
  layers: Array<[name: string, json: string]>;
}

/** The document as sent, without its transient layers and their producers. */
export function toWire(doc: Document): WireDocument {
  const layers: WireDocument['layers'] = [];
  for (const [name, value] of Object.entries(doc.layers)) {
    if (value === undefined || TRANSIENT_LAYERS.has(name as LayerName)) continue;
    layers.push([name, JSON.stringify(value)]);
  }
  const producers = Object.fromEntries(
    Object.entries(doc.producers).filter(([name]) => !TRANSIENT_LAYERS.has(name as LayerName)),
  );
  return { json: JSON.stringify({ ...doc, layers: {}, producers }), layers };
}

/** The document back, each layer's text remembered for the store (`rememberLayerJson`). */
export function fromWire(wire: WireDocument): Document {
  const doc = JSON.parse(wire.json) as Document;
  const layers: Record<string, unknown> = {};
  for (const [name, json] of wire.layers) {
    const value: unknown = JSON.parse(json);
    rememberLayerJson(value, json);
    layers[name] = value;
  }
  doc.layers = layers as Layers;
  return doc;
}
