/**
 * Code points of bytes 0x80–0x9F in Windows-1252 (0 marks the five bytes it leaves undefined). Every other
 * byte is its own code point, as in ISO-8859-1.
 */
const HIGH_CONTROLS = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 by table. Node 20's `TextDecoder('windows-1252')` decodes ISO-8859-1 instead (curly
 * quotes come out as C1 control characters), so the fallback cannot rely on it. Undefined bytes become
 * U+FFFD; the caller only decodes text it has checked has none.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS[b - 0x80] || 0xfffd : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}
