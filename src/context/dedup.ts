import {
  estimateContainment,
  estimateJaccard,
  hashSeeds,
  minhashSignature,
  type MinHashOptions,
  type Signature,
} from './minhash.js';

/** Options for {@link findDuplicateGroups}. */
export interface DedupOptions extends MinHashOptions {
  /** LSH bands; rows per band = ⌊numHashes / bands⌋ (default 42 bands of 3 rows: pairs at J ≈ 0.3 are found 2 times in 3). */
  bands?: number;
  /** Pairs with estimated Jaccard at least this are duplicates (default 0.4). */
  threshold?: number;
  /** …and so are pairs where the smaller text is this much contained in the larger: trimmed copies (default 0.8). */
  containment?: number;
  /** Containment counts only when the smaller text has at least this many shingles (default 20). */
  minShingles?: number;
}

/** Groups of near-duplicate articles and the pairs behind them. */
export interface DuplicateGroups {
  /** Each group lists article ids in input order; singletons are left out; groups are in order of their first member. */
  groups: string[][];
  /** Every accepted pair `[idA, idB, estimated Jaccard]`, with `idA` before `idB` in the input. */
  pairs: [string, string, number][];
}

/**
 * Finds syndicated copies and updated versions among articles: MinHash signatures over word shingles (5 words, 128
 * hashes), locality-sensitive hashing in bands so only likely pairs are compared (not all n² pairs), then a check of
 * each candidate pair by estimated Jaccard similarity or containment, and union-find into groups. Runs in about
 * linear time: 10,000 articles of 500 words take a few seconds.
 */
export function findDuplicateGroups(
  docs: readonly { id: string; text: string }[],
  options: DedupOptions = {},
): DuplicateGroups {
  const { numHashes = 128, bands = 42, threshold = 0.4, containment = 0.8, minShingles = 20 } = options;
  const rows = Math.max(1, Math.floor(numHashes / bands));
  const seeds = hashSeeds(numHashes, options.seed);
  const sigs: Signature[] = docs.map((d) => minhashSignature(d.text, options, seeds));
  const seen = new Set<number>();
  const candidates: [number, number][] = [];
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < sigs.length; i++) {
      if (!sigs[i].shingles) continue;
      let h = b;
      for (let r = b * rows; r < (b + 1) * rows; r++) h = Math.imul(h ^ sigs[i].hashes[r], 0x01000193) >>> 0;
      const bucket = buckets.get(h);
      if (!bucket) buckets.set(h, [i]);
      else {
        for (const j of bucket) {
          const key = j * docs.length + i;
          if (!seen.has(key)) {
            seen.add(key);
            candidates.push([j, i]);
          }
        }
        bucket.push(i);
      }
    }
  }
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const pairs: [string, string, number][] = [];
  for (const [i, j] of candidates) {
    const jac = estimateJaccard(sigs[i].hashes, sigs[j].hashes);
    const small = Math.min(sigs[i].shingles, sigs[j].shingles);
    const ok =
      jac >= threshold ||
      (small >= minShingles && estimateContainment(jac, sigs[i].shingles, sigs[j].shingles) >= containment);
    if (!ok) continue;
    pairs.push([docs[i].id, docs[j].id, Math.round(jac * 1000) / 1000]);
    parent[root(j)] = root(i);
  }
  const byRoot = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const r = root(i);
    const g = byRoot.get(r);
    if (g) g.push(d.id);
    else byRoot.set(r, [d.id]);
  });
  return { groups: [...byRoot.values()].filter((g) => g.length > 1), pairs };
}
