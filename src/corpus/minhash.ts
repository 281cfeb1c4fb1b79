/**
 * MinHash signatures over word shingles, and LSH banding to find candidate near-duplicates without
 * comparing every pair. Pure and deterministic: the hash functions come from a fixed seed.
 */

/** Words per shingle. Three keeps light rewrites (a word changed here and there) similar. */
export const SHINGLE_WORDS = 3;
/** Hash functions per signature; bands × rows must equal it. */
export const SIGNATURE_SIZE = 180;
/**
 * 60 bands of 3 rows: a pair with Jaccard similarity 0.3 becomes a candidate with probability
 * 1 − (1 − 0.3³)⁶⁰ ≈ 0.81, at 0.4 ≈ 0.98, at 0.5 ≈ 0.9995; an unrelated pair (≈ 0.03) ≈ 0.0016, so a new
 * article meets about 160 candidates in a corpus of 100,000.
 */
export const BANDS = 60;
export const ROWS = SIGNATURE_SIZE / BANDS;

/**
 * The hash functions: h(x) = mix(a·x + b mod 2³²) with odd `a` and a final xor-shift mix, from a fixed
 * seed. Cheaper than a prime-modulus family (no division), and in practice as good for MinHash.
 */
const MULTIPLIERS = new Uint32Array(SIGNATURE_SIZE);
const OFFSETS = new Uint32Array(SIGNATURE_SIZE);
{
  let state = 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

/** The text's words, lower case, letters and digits only. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** FNV-1a, 32 bits: a fast, stable hash of one shingle. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct shingles of a text, hashed. */
export function shingles(text: string): Set<number> {
  const words = wordsOf(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    out.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  if (out.size === 0 && words.length > 0) out.add(hash32(words.join(' ')));
  return out;
}

/**
 * Signatures a worker computed beside the pipeline, off the thread that stores, by the document object it
 * sent back: weakly held, so an entry goes with its document and nothing is hashed to find it.
 */
const known = new WeakMap<object, number[]>();

/** Records the signature of `doc.text` (computed by `signature`) for a later `documentSignature`. */
export function rememberSignature(doc: { text: string }, sig: number[]): void {
  known.set(doc, sig);
}

/** The signature of `doc.text`: the one a worker sent for this object, else computed. Same value either way. */
export function documentSignature(doc: { text: string }): number[] {
  return known.get(doc) ?? signature(doc.text);
}

/** The MinHash signature: for each hash function, the least hash over the shingles. */
export function signature(text: string): number[] {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      let h = (Math.imul(shingle, MULTIPLIERS[i]!) + OFFSETS[i]!) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return Array.from(sig);
}

/** The estimated Jaccard similarity of two texts from their signatures: the share of equal positions. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) if (a[i] === b[i]) same += 1;
  return same / SIGNATURE_SIZE;
}

/** One key per band: documents sharing any key are candidates. `band:hex` so one index serves all bands. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row += 1) {
      h ^= sig[band * ROWS + row]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    keys.push(`${band}:${h.toString(16)}`);
  }
  return keys;
}
