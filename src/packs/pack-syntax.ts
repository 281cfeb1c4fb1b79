import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { ParleyError } from '../model/errors.js';

/** Pack text parsed into a plain value, with the YAML document and line counter used to find lines. */
export interface ParsedPackText {
  value: unknown;
  doc: Document;
  counter: LineCounter;
}

/**
 * Parses pack text as JSON or YAML; a syntax error is an `E_INPUT_FORMAT` ParleyError at its line. In YAML
 * every plain scalar is a string except `null` and `~`: a pack has no numbers or booleans, so
 * `from: 2025` means the date "2025", not the number, and needs no quotes.
 */
export function parsePackSyntax(text: string, format: 'json' | 'yaml', file: string): ParsedPackText {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    customTags: (tags) =>
      tags.filter((tag) => typeof tag !== 'string' && /:(null|str|map|seq)$/.test(tag.tag)),
  });
  if (format === 'json') return { value: parseJson(text, file), doc, counter };
  const error = doc.errors[0];
  if (error) {
    const line = counter.linePos(error.pos[0]).line;
    throw new ParleyError('E_INPUT_FORMAT', `YAML syntax: ${firstLine(error.message)}`, {
      file,
      ...(line === undefined ? {} : { line }),
      hint: 'check the indentation and quoting on this line or the one before it',
    });
  }
  return { value: doc.toJS(), doc, counter };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = firstLine((error as Error).message);
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lineAt(text, Number(position));
    throw new ParleyError('E_INPUT_FORMAT', `JSON syntax: ${message.replace(/ at position \d+.*$/, '')}`, {
      file,
      ...(line === undefined ? {} : { line }),
      hint: 'check for a missing comma or quote, or a trailing comma',
    });
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}
