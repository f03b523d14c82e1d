/** MinHash signatures over word shingles, for near-duplicate detection. Pure functions, no state. */

/** Options for {@link minhashSignature}. */
export interface MinHashOptions {
  /** Words per shingle (default 5). */
  shingleSize?: number;
  /** Hash functions, i.e. signature length (default 128). */
  numHashes?: number;
  /** Seed for the hash family; signatures compare only under the same seed (default 1). */
  seed?: number;
}

/** A document's MinHash signature and how many distinct shingles it had. */
export interface Signature {
  hashes: Uint32Array;
  shingles: number;
}

/** murmur3's 32-bit finaliser: a fast, well-mixed bijection on 32-bit integers. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lower-cased, accent-folded words of a text (letters and digits). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The distinct shingle hashes of a text: every run of `k` consecutive words (the whole text when shorter). */
export function shingleHashes(text: string, k = 5): Set<number> {
  const hs = words(text).map(hashWord);
  const out = new Set<number>();
  const n = Math.max(1, hs.length - k + 1);
  if (!hs.length) return out;
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let j = i; j < Math.min(hs.length, i + k); j++) h = fmix32((h ^ hs[j]) + j - i);
    out.add(h);
  }
  return out;
}

/** The per-function seeds of a MinHash family. */
export function hashSeeds(numHashes = 128, seed = 1): Uint32Array {
  const seeds = new Uint32Array(numHashes);
  let s = fmix32(seed ^ 0x5bd1e995);
  for (let i = 0; i < numHashes; i++) seeds[i] = s = fmix32(s + 0x9e3779b9);
  return seeds;
}

/**
 * The MinHash signature of a text: for each of `numHashes` hash functions, the least hash over the text's shingles.
 * The share of equal positions in two signatures estimates the Jaccard similarity of their shingle sets.
 */
export function minhashSignature(
  text: string,
  options: MinHashOptions = {},
  seeds = hashSeeds(options.numHashes, options.seed),
): Signature {
  const shingles = shingleHashes(text, options.shingleSize ?? 5);
  const hashes = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      const v = fmix32(s ^ seeds[i]);
      if (v < hashes[i]) hashes[i] = v;
    }
  }
  return { hashes, shingles: shingles.size };
}

/** Estimated Jaccard similarity of two signatures (share of equal positions). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/**
 * Estimated containment of the smaller shingle set in the larger, from the Jaccard estimate and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). A trimmed copy of an article is contained in it even when their Jaccard is low.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (!small) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / small);
}
