// Near-duplicate detection benchmark: pairwise precision/recall on a generated corpus with known duplicates, and the
// time per 10,000 articles. Run after `npm run build`:  node bench/dedup.mjs [size=10000]
import { findDuplicateGroups } from '../dist/context/dedup.js';
import { generateCorpus, pairScores } from './dedup-corpus.mjs';

const size = Number(process.argv[2] ?? 10_000);
const { docs, truth } = generateCorpus(size, { seed: 11 });
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
const t0 = performance.now();
const { groups, pairs } = findDuplicateGroups(docs);
const ms = performance.now() - t0;
const s = pairScores(groups, truth);
const missed = new Map();
const found = new Set(groups.flatMap((g) => g.flatMap((a) => g.map((b) => `${a}|${b}`))));
for (const g of truth)
  for (const v of g.slice(1))
    if (!found.has(`${g[0]}|${v}`)) {
      const k = v.split('-')[1];
      missed.set(k, (missed.get(k) ?? 0) + 1);
    }
console.log(
  `articles ${docs.length} (avg ${Math.round(words / docs.length)} words), true groups ${truth.length}, true pairs ${s.truePairs}`,
);
console.log(`found groups ${groups.length}, accepted pairs ${pairs.length}, found pairs (transitive) ${s.foundPairs}`);
console.log(`pairwise precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}`);
console.log(`variants not grouped with their base, by kind: ${JSON.stringify(Object.fromEntries(missed))}`);
console.log(
  `time ${ms.toFixed(0)} ms → ${(((ms / docs.length) * 10_000) / 1000).toFixed(2)} s per 10,000 articles; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
