/** What a byte-level pass over supposed UTF-8 found. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
  /** Bytes that belong to no well-formed sequence (each maximal ill-formed subpart counted in bytes). */
  invalidBytes: number;
}

/**
 * Counts well-formed multi-byte sequences and invalid bytes in `bytes`, following the Unicode rules for
 * well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). The decoder uses the counts to
 * tell a Windows-1252 file (no valid multi-byte sequence at all) from damaged UTF-8, and to report how
 * many bytes were replaced.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalidBytes = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = leadShape(lead);
    if (!shape) {
      invalidBytes++;
      i++;
      continue;
    }
    let seen = 1;
    while (seen <= shape.need) {
      const next = bytes[i + seen];
      const lo = seen === 1 ? shape.lo : 0x80;
      const hi = seen === 1 ? shape.hi : 0xbf;
      if (next === undefined || next < lo || next > hi) break;
      seen++;
    }
    if (seen > shape.need) multiByte++;
    else invalidBytes += seen;
    i += seen;
  }
  return { multiByte, invalidBytes };
}

/** Continuation bytes a lead byte needs, and the allowed range of the first one. */
function leadShape(lead: number): { need: number; lo: number; hi: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { need: 1, lo: 0x80, hi: 0xbf };
  if (lead >= 0xe0 && lead <= 0xef) {
    return { need: 2, lo: lead === 0xe0 ? 0xa0 : 0x80, hi: lead === 0xed ? 0x9f : 0xbf };
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    return { need: 3, lo: lead === 0xf0 ? 0x90 : 0x80, hi: lead === 0xf4 ? 0x8f : 0xbf };
  }
  return undefined;
}
