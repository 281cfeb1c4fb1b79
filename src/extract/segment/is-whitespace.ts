/**
 * Whether a UTF-16 code unit is whitespace, exactly as JavaScript's `\s` defines it (ASCII spaces and
 * controls 9–13, no-break and Unicode spaces, line and paragraph separators, U+FEFF). Segmentation tests
 * characters one at a time in its hot loops, where a regular expression per character costs a tenth of the
 * run time; one definition keeps trimming, alignment and masking in agreement.
 */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
