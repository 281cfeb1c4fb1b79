import { describe, expect, it } from 'vitest';
import { buildDocument } from '../ingest/build-document.js';
import { defaultPipeline } from '../pipeline/index.js';
import { layerJson } from '../store/layer-json.js';
import { fromWire, toWire } from './document-wire.js';
import { processDocument } from './process-document.js';

const doc = processDocument(
  defaultPipeline(),
  buildDocument({
    raw: 'Envoys Meet in Riga\n\nThe envoys met in Riga on Monday. "We made progress," Mara Lind said.\n',
    format: 'text',
    location: { kind: 'file', ref: 'riga.txt' },
    meta: {},
    signals: [],
    drop: [],
  }),
);

describe('toWire and fromWire', () => {
  it('give back the document without its tokens, keys in the same order', () => {
    expect(doc.layers.tokens?.length).toBeGreaterThan(0);
    const back = fromWire(toWire(doc));
    const { tokens: _tokens, ...layers } = doc.layers;
    const { tokens: _producer, ...producers } = doc.producers;
    expect(JSON.stringify(back)).toBe(JSON.stringify({ ...doc, layers, producers }));
    expect(Object.keys(back)).toEqual(Object.keys(doc));
  });

  it('lets the store write the text each layer arrived as, and only for that value', () => {
    const wire = toWire(doc);
    const back = fromWire(wire);
    const sent = new Map(wire.layers);
    expect(layerJson(back.layers.quotes)).toBe(sent.get('quotes'));
    // A layer replaced after arrival is serialised afresh, not written as the old text.
    const replaced = [...(back.layers.quotes ?? [])].slice(1);
    expect(layerJson(replaced)).toBe(JSON.stringify(replaced));
    expect(layerJson(replaced)).not.toBe(sent.get('quotes'));
  });
});
