import { ParleyError } from '../../model/index.js';
import type { QualitySignal } from '../../model/index.js';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { detectBinary } from './detect-binary.js';
import { scanUtf8 } from './scan-utf8.js';
import type { Utf8Scan } from './scan-utf8.js';

/**
 * The largest input Parley reads by default: 10 MiB. A news article is rarely over 200 kB and a busy feed
 * under 2 MB, so anything bigger is almost always a wrong file (a dump, a video) that would only waste
 * memory. Callers pass `maxBytes` to raise or lower it.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Decoded text, without a byte order mark, and what decoding had to repair. */
export interface DecodedInput {
  text: string;
  signals: QualitySignal[];
}

/** Options for {@link decodeInput}. */
export interface DecodeOptions {
  /** Overrides {@link MAX_INPUT_BYTES}. */
  maxBytes?: number;
}

const BY = 'read/decode';
/** Bytes Windows-1252 leaves undefined: a file using them is not Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Windows-1252 punctuation in 0x80–0x9F: euro, low and curly quotes, ellipsis, bullet, dashes, trade mark. */
const PUNCTUATION_1252 = new Set([
  0x80, 0x82, 0x84, 0x85, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9b,
]);

/**
 * Turns the bytes of one input into text. Throws `E_INPUT_TOO_LARGE` above the cap, `E_INPUT_BINARY` for
 * images, archives and other binary data (naming the type), and `E_INPUT_EMPTY` when nothing but
 * whitespace remains. Honours UTF-8 and UTF-16 byte order marks. Text that is not UTF-8 is never rejected:
 * it is decoded as Windows-1252 when it clearly is that (signal `encoding-fallback`), else as UTF-8 with
 * U+FFFD replacements (warning `invalid-encoding`), so one bad byte never costs a whole article.
 */
export function decodeInput(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedInput {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > maxBytes) {
    throw new ParleyError(
      'E_INPUT_TOO_LARGE',
      `input is ${bytes.length} bytes, over the ${maxBytes}-byte cap`,
      {
        file,
        hint: 'check this is the article you meant, or raise the cap with maxBytes',
      },
    );
  }
  const decoded = decodeText(bytes, file);
  if (decoded.text.trim() === '') {
    throw new ParleyError('E_INPUT_EMPTY', 'input is empty or only whitespace', {
      file,
      hint: 'remove the file from the input, or check that it was saved completely',
    });
  }
  return decoded;
}

function decodeText(bytes: Uint8Array, file: string): DecodedInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const binary = detectBinary(body);
  if (binary !== undefined) {
    throw new ParleyError('E_INPUT_BINARY', `input is not text: looks like ${binary}`, {
      file,
      hint: 'give Parley the article as text, HTML, JSON Lines or a feed; extract text from PDFs first',
    });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), signals: [] };
  } catch {
    return decodeInvalidUtf8(body);
  }
}

function decodeInvalidUtf8(bytes: Uint8Array): DecodedInput {
  const scan = scanUtf8(bytes);
  if (looksLikeWindows1252(bytes, scan)) {
    const detail =
      'not valid UTF-8: decoded as windows-1252 (curly quotes or dashes in 0x80–0x9F, no UTF-8 sequences)';
    return {
      text: decodeWindows1252(bytes),
      signals: [{ code: 'encoding-fallback', severity: 'warning', detail, by: BY }],
    };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { text, signals: [replacedSignal(`${scan.invalidBytes} invalid UTF-8 byte(s)`)] };
}

function decodeStrict(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedInput {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), signals: [] };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    return { text, signals: [replacedSignal(`${replaced} invalid ${encoding.toUpperCase()} code unit(s)`)] };
  }
}

function replacedSignal(what: string): QualitySignal {
  return { code: 'invalid-encoding', severity: 'warning', detail: `${what} replaced with U+FFFD`, by: BY };
}

/**
 * Windows-1252 rather than damaged UTF-8: no well-formed UTF-8 sequence, no byte Windows-1252 leaves
 * undefined, no UTF-8 lead byte followed by a continuation byte (the start of a cut-off sequence), and at
 * least one of its typographic punctuation bytes.
 */
function looksLikeWindows1252(bytes: Uint8Array, scan: Utf8Scan): boolean {
  if (scan.multiByte > 0) return false;
  let punctuation = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const next = bytes[i + 1] ?? 0;
    if (UNDEFINED_1252.has(b)) return false;
    if (b >= 0xc2 && b <= 0xf4 && next >= 0x80 && next <= 0xbf) return false;
    if (PUNCTUATION_1252.has(b)) punctuation++;
  }
  return punctuation > 0;
}
