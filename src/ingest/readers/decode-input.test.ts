import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import type { ErrorCode } from '../../model/index.js';
import { MAX_INPUT_BYTES, decodeInput } from './decode-input.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return Uint8Array.from(out);
}

describe('decodeInput rejects', () => {
  const cases: Array<{
    name: string;
    input: Uint8Array;
    code: ErrorCode;
    message?: RegExp;
    maxBytes?: number;
  }> = [
    { name: 'zero bytes', input: new Uint8Array(0), code: 'E_INPUT_EMPTY' },
    { name: 'whitespace only', input: utf8('  \n\t\r\n   \u00a0 '), code: 'E_INPUT_EMPTY' },
    { name: 'a UTF-8 BOM and nothing else', input: bytes([0xef, 0xbb, 0xbf], '\n'), code: 'E_INPUT_EMPTY' },
    { name: 'NUL bytes', input: bytes('Hello', [0, 0, 0], 'world'), code: 'E_INPUT_BINARY', message: /NUL/ },
    {
      name: 'a PNG header',
      input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'),
      code: 'E_INPUT_BINARY',
      message: /PNG image/,
    },
    {
      name: 'a JPEG header',
      input: bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'),
      code: 'E_INPUT_BINARY',
      message: /JPEG/,
    },
    { name: 'a GIF header', input: utf8('GIF89a....'), code: 'E_INPUT_BINARY', message: /GIF/ },
    { name: 'a PDF header', input: utf8('%PDF-1.7\n%âãÏÓ\n'), code: 'E_INPUT_BINARY', message: /PDF/ },
    {
      name: 'a ZIP header',
      input: bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'),
      code: 'E_INPUT_BINARY',
      message: /ZIP/,
    },
    { name: 'a gzip header', input: bytes([0x1f, 0x8b, 0x08], 'x'), code: 'E_INPUT_BINARY', message: /gzip/ },
    {
      name: 'hostile: control characters without NUL',
      input: Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
      code: 'E_INPUT_BINARY',
      message: /control characters/,
    },
    { name: 'over the cap', input: utf8('x'.repeat(101)), code: 'E_INPUT_TOO_LARGE', maxBytes: 100 },
  ];
  it.each(cases)('$name → $code', ({ input, code, message, maxBytes }) => {
    let caught: unknown;
    try {
      decodeInput(input, 'input.txt', maxBytes === undefined ? {} : { maxBytes });
    } catch (error) {
      caught = error;
    }
    expect(isParleyError(caught, code)).toBe(true);
    if (!isParleyError(caught)) return;
    expect(caught.file).toBe('input.txt');
    expect(caught.hint).toBeTruthy();
    if (message) expect(caught.message).toMatch(message);
  });

  it('has a 10 MiB default cap', () => {
    expect(MAX_INPUT_BYTES).toBe(10 * 1024 * 1024);
    expect(() => decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41), 'big.txt')).toThrow(/cap/);
  });
});

describe('decodeInput decodes', () => {
  const cases: Array<{ name: string; input: Uint8Array; text: string; signal?: string; detail?: RegExp }> = [
    { name: 'valid UTF-8 as is', input: utf8('Zelensky’s “plan” — €5'), text: 'Zelensky’s “plan” — €5' },
    { name: 'UTF-8 with a BOM, BOM removed', input: bytes([0xef, 0xbb, 0xbf], 'Kyiv'), text: 'Kyiv' },
    { name: 'UTF-16 LE with a BOM', input: utf16('Kyiv “talks” €', false), text: 'Kyiv “talks” €' },
    { name: 'UTF-16 BE with a BOM', input: utf16('Kyiv “talks” €', true), text: 'Kyiv “talks” €' },
    {
      name: 'Windows-1252 with curly quotes and a dash',
      input: bytes('He said ', [0x93], 'no', [0x94], ' ', [0x96], ' at the ', [0xc9], 'lys', [0xe9], 'e.'),
      text: 'He said “no” – at the Élysée.',
      signal: 'encoding-fallback',
      detail: /windows-1252/,
    },
    {
      name: 'every Windows-1252 punctuation byte maps by table',
      input: bytes('a ', [0x80, 0x85, 0x91, 0x92, 0x97, 0x99, 0x8a, 0x9c], ' z'),
      text: 'a €…‘’—™Šœ z',
      signal: 'encoding-fallback',
    },
    {
      name: 'invalid UTF-8 replaced and counted',
      input: bytes('Zelensky', [0x92], 's “office” ', [0xff], ' and ', [0xc3, 0x28]),
      text: 'Zelensky\uFFFDs “office” \uFFFD and \uFFFD(',
      signal: 'invalid-encoding',
      detail: /^3 invalid UTF-8 byte\(s\) replaced with U\+FFFD$/,
    },
    {
      name: 'hostile: Windows-1252 bytes beside valid UTF-8 are damage, not a fallback',
      input: bytes('“ok” and ', [0x93], 'bad'),
      text: '“ok” and \uFFFDbad',
      signal: 'invalid-encoding',
      detail: /^1 invalid/,
    },
    {
      name: 'a byte Windows-1252 leaves undefined rules the fallback out',
      input: bytes('quote ', [0x93], ' and ', [0x81]),
      text: 'quote \uFFFD and \uFFFD',
      signal: 'invalid-encoding',
      detail: /^2 invalid/,
    },
    {
      name: 'a truncated multi-byte sequence counts its bytes',
      input: bytes('end ', [0xe2, 0x80]),
      text: 'end \uFFFD',
      signal: 'invalid-encoding',
      detail: /^2 invalid/,
    },
  ];
  it.each(cases)('$name', ({ input, text, signal, detail }) => {
    const decoded = decodeInput(input, 'in.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.signals.map((s) => s.code)).toEqual(signal ? [signal] : []);
    for (const s of decoded.signals) {
      expect(s.severity).toBe('warning');
      expect(s.by).toBe('read/decode');
      if (detail) expect(s.detail).toMatch(detail);
    }
  });
});
