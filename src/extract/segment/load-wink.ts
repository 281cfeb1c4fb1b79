import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

/**
 * The wink annotations segmentation needs: sentence boundaries and part of speech. The named-entity,
 * negation and sentiment passes are left out: they cost time and change neither boundaries nor tags.
 */
const PIPE = ['sbd', 'pos'];

let instance: WinkMethods | undefined;

/**
 * Returns the process-wide wink instance, building it on first use. Building it parses the English model
 * (about 0.2 s), so it happens once per process and only when a document is first segmented: importing
 * this module, for example through the extractor registry, costs nothing. wink is deterministic and keeps
 * no state between documents that changes its output, so sharing one instance is safe.
 */
export function loadWink(): WinkMethods {
  if (instance === undefined) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    instance = winkNLP(model, PIPE);
  }
  return instance;
}
