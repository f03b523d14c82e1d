/** Types for the plain-JS corpus generator shared by `bench/dedup.mjs` and the dedup tests. */
export interface CorpusDoc {
  id: string;
  text: string;
}
export function rng(seed: number): () => number;
export function article(r: () => number): string[];
export function generateCorpus(size: number, options?: { seed?: number; dupShare?: number }): { docs: CorpusDoc[]; truth: string[][] };
export function pairScores(
  found: string[][],
  truth: string[][],
): { precision: number; recall: number; foundPairs: number; truePairs: number };
