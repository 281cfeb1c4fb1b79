/** Magic numbers of the binary formats people most often pass by mistake, checked at offset 0. */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or docx/xlsx/epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive (or docx/xlsx/epub)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
];

/** How many leading bytes the control-character test looks at. */
export const BINARY_SAMPLE_BYTES = 8 * 1024;

/** Above this share of control bytes (not tab, line feed, form feed, carriage return) the input is binary. */
const CONTROL_RATIO = 0.1;

/**
 * Names the binary type of `bytes` ('PNG image', 'binary data (NUL bytes)'), or undefined for text. Call
 * it after UTF-16 has been recognised by its byte order mark, since UTF-16 text is full of NUL bytes. It
 * exists so a stray image or archive fails with one clear error instead of a page of mojibake.
 */
export function detectBinary(bytes: Uint8Array): string | undefined {
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) return magic.name;
  }
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  if (sample.length > 0 && controls / sample.length > CONTROL_RATIO)
    return 'binary data (control characters)';
  return undefined;
}
