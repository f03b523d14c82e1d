import { describe, expect, it } from 'vitest';
import { findDuplicateGroups } from '../../src/context/dedup.js';
import { estimateContainment, minhashSignature, estimateJaccard } from '../../src/context/minhash.js';
import { generateCorpus, pairScores } from '../../bench/dedup-corpus.mjs';

const STORY =
  'The coastal state of Veldoria closed its northern border crossings on Monday after talks with its neighbour ' +
  'over grazing rights broke down. Officials in the capital said the closure would last at least a week and that ' +
  'traders would be compensated. Farmers on both sides have complained for years that the old treaty is ignored. ' +
  'A second round of talks is planned for next month, a spokeswoman for the foreign ministry said.';

describe('minhash', () => {
  it('estimates the Jaccard similarity of identical and unrelated texts', () => {
    const a = minhashSignature(STORY);
    const b = minhashSignature(STORY);
    const c = minhashSignature(
      'A completely different report about a football match and the weather on the coast this weekend.',
    );
    expect(estimateJaccard(a.hashes, b.hashes)).toBe(1);
    expect(estimateJaccard(a.hashes, c.hashes)).toBeLessThan(0.05);
  });

  it('estimates containment of a trimmed copy', () => {
    const full = minhashSignature(STORY);
    const half = minhashSignature(STORY.slice(0, Math.floor(STORY.length * 0.6)));
    expect(
      estimateContainment(estimateJaccard(full.hashes, half.hashes), full.shingles, half.shingles),
    ).toBeGreaterThan(0.8);
  });
});

describe('findDuplicateGroups', () => {
  it('groups a copy, a trimmed copy and an update, and leaves an unrelated story alone', () => {
    const docs = [
      { id: 'orig', text: STORY },
      {
        id: 'other',
        text: 'Heavy rain flooded the river valley of Pellin overnight, forcing hundreds of families to leave their homes as rescue teams worked through the night to reach villages cut off by the water.',
      },
      { id: 'copy', text: `(Wire) ${STORY}` },
      { id: 'trim', text: STORY.slice(0, 260) },
      {
        id: 'update',
        text: `${STORY} Late on Monday the government said one crossing would reopen for medical cases.`,
      },
    ];
    const { groups, pairs } = findDuplicateGroups(docs);
    expect(groups).toEqual([['orig', 'copy', 'trim', 'update']]);
    expect(pairs.find(([a, b]) => a === 'orig' && b === 'copy')?.[2]).toBeGreaterThan(0.8);
  });

  it('finds the known duplicates of a generated corpus', () => {
    const { docs, truth } = generateCorpus(2000, { seed: 3 });
    const { groups } = findDuplicateGroups(docs);
    const s = pairScores(groups, truth);
    console.log(
      `dedup on 2000 generated articles: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (${s.truePairs} true pairs)`,
    );
    expect(s.precision).toBeGreaterThan(0.95);
    expect(s.recall).toBeGreaterThan(0.9);
  });

  it('returns no groups for an empty input or empty texts', () => {
    expect(findDuplicateGroups([])).toEqual({ groups: [], pairs: [] });
    expect(
      findDuplicateGroups([
        { id: 'a', text: '' },
        { id: 'b', text: '' },
      ]).groups,
    ).toEqual([]);
  });
});
